"""A class named in Turkish, its method and argument names written with the dotless ı (`geriye_yayılım`,
`ogrenme_oranı`): `ileri` is its forward, `geriye_yayılım(girdiler, hedefler, ogrenme_oranı)` its step on one-hot
targets. ReLU hidden units, softmax output, mean cross-entropy. Correct."""
import numpy as np


class SinirAgi:
    def __init__(self, giris_boyutu, gizli_boyut, cikis_boyutu):
        self.agirlik_giris_gizli = np.random.randn(giris_boyutu, gizli_boyut) * np.sqrt(2.0 / giris_boyutu)
        self.sapma_gizli = np.zeros((1, gizli_boyut))
        self.agirlik_gizli_cikis = np.random.randn(gizli_boyut, cikis_boyutu) * np.sqrt(2.0 / gizli_boyut)
        self.sapma_cikis = np.zeros((1, cikis_boyutu))

    def ileri(self, girdiler):
        self.girdiler = girdiler
        self.gizli_z = girdiler @ self.agirlik_giris_gizli + self.sapma_gizli
        self.gizli = np.maximum(self.gizli_z, 0)
        skor = self.gizli @ self.agirlik_gizli_cikis + self.sapma_cikis
        us = np.exp(skor - skor.max(axis=1, keepdims=True))
        self.cikti = us / us.sum(axis=1, keepdims=True)
        return self.cikti

    def geriye_yayılım(self, girdiler, hedefler, ogrenme_oranı):
        n = girdiler.shape[0]
        hata = (self.cikti - hedefler) / n
        d_gizli = (hata @ self.agirlik_gizli_cikis.T) * (self.gizli_z > 0)
        self.agirlik_gizli_cikis -= ogrenme_oranı * (self.gizli.T @ hata)
        self.sapma_cikis -= ogrenme_oranı * hata.sum(axis=0, keepdims=True)
        self.agirlik_giris_gizli -= ogrenme_oranı * (girdiler.T @ d_gizli)
        self.sapma_gizli -= ogrenme_oranı * d_gizli.sum(axis=0, keepdims=True)
