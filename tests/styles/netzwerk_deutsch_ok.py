"""German layer objects in the NNFS manner, `selbst` for self: `Dichte(anzahl_eingaben, anzahl_neuronen)` with
`gewichte`/`bias`, `vorwärts`/`rückwärts` keeping `dgewichte`/`dbias`; a `Netz` that builds its own
784-32-10 layers, `vorwärts_durchlauf(eingaben)` for the probabilities and
`rückwärts_durchlauf(vorhersagen, lösungen)` from integer labels."""
import numpy as np


class Dichte:
    def __init__(selbst, anzahl_eingaben, anzahl_neuronen):
        zufall = np.random.default_rng(anzahl_eingaben)
        selbst.gewichte = zufall.normal(0.0, np.sqrt(2.0 / anzahl_eingaben), (anzahl_eingaben, anzahl_neuronen))
        selbst.bias = np.zeros((1, anzahl_neuronen))

    def vorwärts(selbst, eingaben):
        selbst.eingaben = eingaben
        return eingaben @ selbst.gewichte + selbst.bias

    def rückwärts(selbst, dwerte):
        selbst.dgewichte = selbst.eingaben.T @ dwerte
        selbst.dbias = dwerte.sum(axis=0, keepdims=True)
        return dwerte @ selbst.gewichte.T


class Gleichrichter:
    def vorwärts(selbst, eingaben):
        selbst.maske = eingaben > 0
        return np.where(selbst.maske, eingaben, 0.0)

    def rückwärts(selbst, dwerte):
        return dwerte * selbst.maske


class Netz:
    def __init__(selbst):
        selbst.erste = Dichte(784, 32)
        selbst.gleich = Gleichrichter()
        selbst.zweite = Dichte(32, 10)

    def vorwärts_durchlauf(selbst, eingaben):
        roh = selbst.zweite.vorwärts(selbst.gleich.vorwärts(selbst.erste.vorwärts(eingaben)))
        exp = np.exp(roh - roh.max(axis=1, keepdims=True))
        return exp / exp.sum(axis=1, keepdims=True)

    def rückwärts_durchlauf(selbst, vorhersagen, lösungen):
        dwerte = vorhersagen.copy()
        dwerte[np.arange(len(lösungen)), lösungen] -= 1.0
        dwerte /= len(lösungen)
        selbst.erste.rückwärts(selbst.gleich.rückwärts(selbst.zweite.rückwärts(dwerte)))

    def schritt(selbst, lernrate):
        for schicht in (selbst.erste, selbst.zweite):
            schicht.gewichte -= lernrate * schicht.dgewichte
            schicht.bias -= lernrate * schicht.dbias


if __name__ == "__main__":
    zufall = np.random.default_rng(1)
    netz = Netz()
    bilder, klassen = zufall.random((16, 784)), zufall.integers(0, 10, 16)
    for runde in range(3):
        vorhersagen = netz.vorwärts_durchlauf(bilder)
        print(runde, -np.log(vorhersagen[np.arange(16), klassen]).mean())
        netz.rückwärts_durchlauf(vorhersagen, klassen)
        netz.schritt(0.1)
