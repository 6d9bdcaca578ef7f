"""Read what a name means in backprop code: ``W1`` a weight, ``dZ2`` a delta, ``A0`` the input, ``lr`` a rate.

:func:`classify` maps an identifier (or a dict key) to a role and a layer
index: ``("W", 1)`` for ``W1``, ``w_1``, ``weights1``; ``("dW", 2)`` for
``dW2``, ``grad_W2``; ``("x", None)`` for ``X``, ``x_batch``; ``("Ws", None)``
for a list ``weights``. Roles: W b z a dW db (per layer), x y lr reg m epochs params
Ws bs zs acts cache probs grads dWs dbs, dout (the loss's gradient at the output, given to a
backward from outside: ``grad_output``, ``dL_dh3``), and dropout keep training (switches a check turns off: a dropout
rate 0, a keep probability 1, training False; :data:`SWITCHED_OFF`) (whole). Unknown names give None.
Layer indices are as written; whether they start at 0 or 1 is the caller's.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_STEMS = {
    "W": ("w", "weight", "weights", "theta", "wt", "weightsmatrix", "weightmatrix"),
    "b": ("b", "bias", "biases"),
    "z": ("z", "pre", "preact", "logit", "logits", "net", "s"),
    "a": ("a", "h", "act", "activation", "hidden", "out", "output", "o"),
    "dW": ("dw", "gradw", "wgrad", "dweight", "dweights", "gw", "dldw", "djdw", "deltaw", "nablaw", "dtheta",
           "gradtheta", "thetagrad", "djdtheta", "grad"),
    "db": ("db", "gradb", "bgrad", "dbias", "dbiases", "gb", "dldb", "djdb", "deltab", "nablab"),
    "dz": ("dz", "delta", "dlogits", "err", "error"),
}
AFTER_OUTPUT = ("dal", "dalast", "daout", "daoutput", "dafinal", "dyhat", "dypred", "dprobs", "dprob", "dldyhat",
                "dldypred", "dldprobs", "dlda", "dldal", "dcostdal", "dcostda", "dlossda")
"""Names of the loss's gradient a backward takes at the network's output after its output function (``dAL``,
``dL_dyhat``): given dL/da, whatever the output function is (:meth:`~.base.StyleModel.upstream`)."""

_WHOLE = {
    "x": ("x", "xb", "xbatch", "xtrain", "inputs", "input", "data", "images", "batchx", "features", "xs", "batch",
          "minibatch", "inputslist", "inputlist", "xlist", "trainx", "trainingx", "traininputs", "trainimages", "traindata", "trainingdata", "datatrain", "trainset",
          "trainingset", "inputdata", "xdata", "layerinput", "inp", "xin", "traininginputs", "traininginput", "xinput", "inputx",
          "feature", "sample", "xsample", "inputsample", "idata", "pixels", "image", "img", "imgs", "samples",
          "examples", "trainingbatch", "databatch", "traininputdata", "inputfeatures", "featurevector",
          "firstlayeractivations", "inputactivations", "inputlayeractivations", "inputlayer", "inputimages",
          "inputimage", "imagebatch", "imagesbatch", "batchimages", "batchinputs", "inputsbatch"),
    "y": ("y", "yb", "ytrue", "batchytrue", "ybatch", "labels", "label", "target", "targets", "t", "ytrain", "yonehot",
          "onehoty", "yhot", "ylabels", "batchy", "truth", "ys", "yt", "yoh", "yenc", "ycat", "onehot",
          "onehotlabels", "targetsonehot", "labelsonehot", "targetslist", "targetlist", "ylist", "labelslist",
          "expected", "desired", "desiredoutput", "expectedoutput", "ytrues", "allytrues", "truelabels", "yall",
          "targetoutput", "targetoutputs", "ytarget", "ytargets", "targety", "yexpected", "trainy", "trainingy",
          "trainlabels", "traininglabels", "traintargets", "correctoutputs", "correctoutput", "correct", "truey",
          "desiredoutputs", "expectedoutputs", "targetvalues", "expectedvalues", "desiredvalues",
          "trueoutputs", "trainingoutput", "trainingoutputs", "outputexpected", "outputsexpected", "outputdesired",
          "outputsdesired", "valuesexpected", "valueexpected", "inputlabels", "inputlabel", "inputtargets",
          "batchlabels", "labelbatch", "labelsbatch", "batchtargets", "targetbatch", "targetsbatch",
          "trainoutput", "trainoutputs", "trainingtargets", "yinput", "inputy",
          "labelonehot", "onehotlabel", "targetonehot", "onehottarget", "actualoutput", "actualoutputs", "actual",
          "actualy", "ytrueonehot", "tlist", "labellist", "tdata", "targetdata", "ydata", "labeldata",
          "outputdata", "outputsdata", "outputslist", "answers", "correctanswers", "correctanswer", "digits",
          "labelsdata", "truelabel", "lbls", "lbl", "labeltrain", "labelstrain", "trainlabel", "targettrain",
          "targetstrain", "traintarget", "trainingtarget", "trainingtargets", "ytr"),
    "lr": ("lr", "learningrate", "alpha", "alfa", "eta", "stepsize", "rate", "learnrate", "lrate", "learninggrade", "learning",
           "learningrates", "lrn", "lrrate", "learnrt", "tasaaprendizaje", "tasadeaprendizaje", "taxaaprendizado",
           "taxadeaprendizado", "taxaaprendizagem", "taxadeaprendizagem", "tauxapprentissage", "tauxdapprentissage",
           "lernrate", "tassoapprendimento", "tassodiapprendimento", "ritmo", "ritmoaprendizaje", "ritmoaprendizagem",
           "tasa", "taxa", "aprendizaje", "aprendizado", "aprendizagem"),
    "reg": ("reg", "lambda", "lambd", "lmbda", "lmbd", "lam", "lamb", "lamda", "reglambda", "lambdareg", "regparam",
            "regstrength", "regularization", "regularisation", "l2", "l2reg", "l2lambda", "weightdecay", "wd"),
    "dropout": ("dropout", "dropoutrate", "droprate", "dropprob", "pdrop", "dropoutprob", "dropoutp", "dropp",
                "dropoutratio"),
    "keep": ("keepprob", "keepprobability", "pkeep", "keepp", "keeprate", "keep", "keepratio"),
    "training": ("training", "istraining", "trainmode", "trainingmode", "istrain", "usedropout", "applydropout",
                 "withdropout", "dropouton", "enabledropout"),
    "batchnorm": ("usebatchnorm", "applybatchnorm", "withbatchnorm", "batchnorm", "usebatchnormalization",
                  "batchnormalization", "usebn", "applybn", "batchnormon"),
    "m": ("m", "n", "batchsize", "nsamples", "numexamples", "numsamples", "nbatch", "bs_", "minibatchsize",
          "mbsize", "mtrain", "ntrain", "ntrainsamples", "numtrainsamples", "ntrainingsamples",
          "numtrainingsamples", "ntrainexamples", "numtrainexamples"),
    "epochs": ("epochs", "epoch", "episode", "episodes", "nepisodes", "numepisodes",
               "nepochs", "numepochs", "nepoch", "numepoch", "maxepochs", "epochsnum", "iterations",
               "iters", "niter", "niters", "niterations", "numiterations", "numiters", "maxiter", "maxiters",
               "maxiterations",
               "numberofepochs", "trainingepochs", "trainingiterations", "trainiterations", "nsteps", "numsteps", "trainingsteps", "noofepochs", "itr",
               "epochcount", "nbepochs", "totalepochs", "nbiteration", "nbiterations", "niteration", "numiteration",
               "nbiter", "nbiters", "epocas", "epoca", "numepocas", "nepocas", "epoques", "epoque", "epochen",
               "iteraciones", "iteracoes", "numiteraciones", "rounds", "nrounds", "numrounds", "cycles", "ncycles",
               # a count of training steps by another word (a course skeleton's num_step)
               "numstep", "nstep", "maxstep", "maxsteps", "stepnum", "stepsnum", "totalsteps", "trainsteps",
               "numiter", "maxepoch", "nbepoch", "epochnum", "epochsnumber", "numberofiterations", "steps"),
    "params": ("params", "parameters", "param", "paramdict", "paramsvalues", "paramvalues", "weightsdict",
               "netparams", "nn", "network", "net", "model"),
    "Ws": ("weights", "ws", "wlist", "weightlist", "w", "thetas", "weightmatrices", "weightsmatrices",
           "weightmatrix"),
    "bs": ("biases", "bs", "blist", "biaslist", "b", "bias", "biasmatrix", "biasmatrices", "biasesmatrices"),
    "zs": ("zs", "z", "preactivations", "zlist", "pre", "logitslist", "nets", "cachez", "zcache", "zvalues"),
    "acts": ("activations", "as", "acts", "alist", "hs", "a", "activationslist", "layeroutputs", "outputs", "cachea",
             "acache", "avalues", "outputvals", "outputvalues", "layervalues", "forwardoutputs", "outputlist",
             "outlist"),
    "cache": ("cache", "caches", "forwardcache", "store", "memory", "fwdcache", "cachelist", "history", "state",
              "forwardobject", "forwardobj", "fwdobject", "fwdobj", "forwardresult", "forwardresults",
              "intermediates", "aux", "auxiliary"),
    "probs": ("probs", "yhat", "ypred", "output", "out", "probabilities", "predictions", "pred", "p", "prob",
              "softmaxout", "ypredicted", "yprob", "yprobs", "al", "scores", "logits", "ypreds", "outputs_",
              "finaloutputs", "finaloutput", "finalout", "networkoutput", "netoutput", "modeloutput", "o", "yh",
              "ypredict", "predicted", "prediction", "haty", "yhats", "preds", "hl", "alast", "predictedoutput",
              "predictedoutputs", "predictedy", "estimatedoutput", "estimatedoutputs", "estimated", "outputvalue",
              "forecast", "forecasts"),
    "classes": ("numclasses", "nclasses", "numlabels", "nlabels", "numclass", "nclass", "noclasses"),
    "grads": ("grads", "gradients", "grad", "derivatives", "dparams", "gradsdict"),
    "dWs": ("dws", "dweights", "gradw", "gradsw", "nablaw", "gw", "weightgrads", "wgrads", "dwlist", "dw",
            "gradweights", "weightgradients", "gradientw", "gradientsw", "gradientweights", "delweight", "delweights",
            "delw", "gradweight", "dweight"),
    "dout": ("dout", "doutput", "doutputs", "gradoutput", "gradout", "gradoutputs", "outputgrad", "outgrad",
             "outputgradient", "gradientoutput", "upstream", "upstreamgrad", "upstreamgradient", "grady", "dy", "dyhat",
             "dypred", "dscores", "dlogits", "gradlogits", "gradscores", "lossgrad", "gradloss", "dloss", "dldout",
             "dldoutput", "dldy", "dldyhat", "dldypred", "dldscores", "dldlogits", *AFTER_OUTPUT),
    "dbs": ("dbs", "dbiases", "gradb", "gradsb", "nablab", "gb", "biasgrads", "bgrads", "dblist", "db",
            "gradbiases", "biasgradients", "gradientb", "gradientsb", "gradientbias", "gradientbiases", "delbias",
            "delbiases", "delb", "gradbias", "dbias"),
}
_VELOCITY = re.compile(r"^(?:(?:v|vel|velocity|velocities|momentum|mom)d?|(?:prev|previous|last)(?:d|delta|update))"
                       r"(?P<of>w|weights?|theta|b|bias|biases)(?:old|prev|previous|last)?(?:collection|list|s)?$"
                       r"|^(?P<of2>w|weights?|b|bias|biases)(?:velocity|velocities|vel|momentum)$")
"""A momentum buffer for all the weights or all the biases, as a backward's argument (``vw_old``, ``velocity_b``,
``prev_dW``, ``weights_velocity``): a check passes zeros, where momentum starts, so one step is rate x gradient."""


def velocity(name: str) -> str | None:
    """``"vWs"`` or ``"vbs"`` when ``name`` is a momentum buffer of every layer's weights or biases, else None."""
    m = _VELOCITY.match(squash(name))
    if not m:
        return None
    return "vbs" if (m.group("of") or m.group("of2")).startswith("b") else "vWs"


INIT_VERBS = ("init", "initialize", "initialise", "make", "create", "build")
INIT_NOUNS = ("weights", "params", "parameters", "network", "model", "net")
INIT_FUNCTION = re.compile(f"({'|'.join(INIT_VERBS)})({'|'.join(INIT_NOUNS)})?")
"""The squashed names of a file's function that makes its parameters (``init_params``, ``initialize_weights``)."""


def makes_parameters(name: str, prefix: bool = False) -> bool:
    """Whether a function's name says it makes the network's parameters: its whole squashed name one of
    :data:`INIT_FUNCTION`; with ``prefix``, any name that starts with one of :data:`INIT_VERBS` or with ``random``
    / ``new`` (``random_theta``, ``new_vector``: what makes a flat parameter vector is named more freely)."""
    if prefix:
        return name.lower().lstrip("_").startswith((*INIT_VERBS, "random", "new"))
    return INIT_FUNCTION.fullmatch(squash(name)) is not None


SWITCHED_OFF = {"dropout": 0.0, "keep": 1.0, "training": False, "batchnorm": False}
"""What a check passes for an argument that switches on a random regularisation (dropout) or a batch
normalisation: it off, so that one call is the plain deterministic network the oracles compute."""


def switched_off(roles) -> str:
    """What the switches of these roles, passed as :data:`SWITCHED_OFF` says, turn off: "dropout off", "batch
    normalisation off", or both."""
    roles = set(roles)
    what = [w for w, on in (("dropout", roles - {"batchnorm"}), ("batch normalisation", "batchnorm" in roles)) if on]
    return " and ".join(what) + " off"
_STEM_OF = {s: role for role, stems in _STEMS.items() for s in stems}
_WHOLE_OF = {}
for _role, _names in _WHOLE.items():
    for _n in _names:
        _WHOLE_OF.setdefault(_n, _role)


WORDS = {
    "weights": ("weigths", "wieghts", "weigth", "wieght",  # misspelled in a hurry
                "pesos", "peso", "poids", "gewichte", "gewicht", "pesi", "vesa", "wagi", "waga", "bobot", "agirlik",
                "agirliklar", "agirliklari"),
    "bias": ("sesgo", "sesgos", "umbral", "umbrales", "vies", "vieses", "biais", "polarizacion", "versatz",
             "obciazenie", "obciazenia", "biasy", "sapma", "sapmalar"),
    "input": ("entrada", "entradas", "entree", "entrees", "eingabe", "eingaben", "ingresso", "vhod", "wejscie",
              "wejsciowa", "wejsciowej", "masukan", "giris"),
    "hidden": ("oculta", "oculto", "ocultas", "ocultos", "escondida", "escondido", "escondidas", "escondidos", "cachee",
               "versteckt", "verdeckt", "nascosto", "nascosta", "skrytyj", "ukryta", "ukryte", "ukrytej", "ukrytych",
               "tersembunyi", "gizli"),
    "output": ("salida", "salidas", "saida", "saidas", "sortie", "sorties", "ausgabe", "ausgaben", "uscita", "vyhod",
               "wyjscie", "wyjsciowa", "wyjsciowej", "keluaran", "cikis", "cikti"),
    "neurons": ("neuronas", "neurona", "neuronios", "neuronio", "neurones", "neurone", "neuronen", "neuroni", "nodos",
                "nodo", "noeuds", "knoten", "nodi", "neurony", "neuronow"),
    "layer": ("capa", "capas", "camada", "camadas", "couche", "couches", "schicht", "schichten", "strato", "warstwa",
              "warstwy", "warstw", "lapisan", "katman", "katmani"),
    "size": ("tamano", "tamanos", "tamanho", "tamanhos", "taille", "tailles", "groesse", "groessen", "rozmiar",
             "rozmiary", "ukuran", "boyut", "boyutu"),
    "labels": ("rotulos", "rotulo", "etiquetas", "etiqueta", "etiquettes", "etiquette", "etichette", "etichetta",
               "losungen", "loesungen", "losung", "loesung"),
    "predictions": ("pradiktionen", "praediktionen", "pradiktion", "vorhersagen", "vorhersage", "predicciones",
                    "prediccion", "previsoes", "previsao", "predicoes", "predicao"),
    "targets": ("objetivos", "objetivo", "alvos", "alvo", "cibles", "cible", "ziele", "ziel", "hedef", "hedefler"),
    "expected": ("esperado", "esperada", "esperados", "esperadas", "attendu", "attendue", "erwartet"),
    "data": ("datos", "dados", "donnees", "daten", "dati", "dades", "dane"),
    "images": ("imagenes", "imagens", "imatges", "bilder", "immagini"),
    "derivative": ("derivada", "derivadas", "derivado", "derivee", "derivees", "ableitung", "ableitungen", "derivata",
                   "derivate", "pochodna", "pochodne", "turunan", "turev", "turevi"),
    "gradient": ("gradiente", "gradientes", "gradienti"),
    "cost": ("costo", "coste", "custo", "cout", "kosten", "koszt"),
    "loss": ("perdida", "perda", "perte", "verlust", "perdita", "strata", "kayip"),
    "architecture": ("arquitectura", "arquitetura", "architektur", "architettura"),
    "topology": ("topologia", "topologie"),
    "per": ("por", "pro", "par"),
    "initialize": ("inicializar", "inicializa", "iniciar", "initialiser", "inizializza", "inizializzare",
                   "inisialisasi", "baslat"),
    "parameters": ("parametros", "parametres", "parametri", "parametry", "parametre", "parametreler", "parametreleri"),
    "learning": ("ogrenme",),
    "compute": ("hesapla",),
    "rate": ("orani", "orany", "hizi"),
    "num": ("cantidad", "quantidade", "numero", "anzahl", "liczba", "jumlah"),
}
"""Words of other languages that the names of a network are built from (``pesos_entrada_oculta`` is
``weights_input_hidden``, ``sesgo_salida`` ``bias_output``, ``neuronas_ocultas`` ``neurons_hidden``), read as the
English word, accents dropped (Spanish, Portuguese, French, German, Italian, Catalan, Russian transliterated,
Polish, Indonesian, Turkish)."""
_WORD_OF = {w: english for english, words in WORDS.items() for w in words}


_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D"})
"""Letters that carry no combining accent to drop, read as the Latin letter they stand for (Turkish dotless i:
``yayılım`` is ``yayilim``; Polish ł; Danish ø; German ß; Vietnamese đ)."""


def plain(name: str) -> str:
    """``name`` without accents (``propagación`` is ``propagacion``, ``yayılım`` ``yayilim``; identifiers may be
    any letters)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
                   if not unicodedata.combining(c))


def words(name: str) -> list[str]:
    """The words of ``name`` (split at underscores and case changes), lower case, in English where :data:`WORDS`
    knows them (``perdida_ecm`` is ``["loss", "ecm"]``)."""
    parts = [p.lower() for p in re.split(r"_+|(?<=[a-z0-9])(?=[A-Z])", plain(name))]
    out = [w for w in (re.sub(r"[^a-z0-9]", "", _word(p)) for p in parts) if w]
    # `pesos_capa_oculta`: the layer named by its adjective after it, read as `weights_hidden` (the English order
    # puts no word for the layer there)
    return [w for i, w in enumerate(out) if not (w == "layer" and i + 1 < len(out) and out[i + 1] in (
        "hidden", "output", "input") and any(_WORD_OF.get(p) == "layer" for p in parts))]


def _word(p: str) -> str:
    """One lower-case word in English: a word of :data:`WORDS`, or such a word after a derivative's d
    (``dgewichte`` is ``dweights``)."""
    if p in _WORD_OF:
        return _WORD_OF[p]
    return "d" + _WORD_OF[p[1:]] if p.startswith("d") and p[1:] in _WORD_OF else p


@functools.lru_cache(maxsize=4096)
def squash(name: str) -> str:
    """``name`` lower case, letters and digits only, its words of other languages (:data:`WORDS`) in English."""
    return "".join(words(name))


_W, _B = r"(?:w|wt|weight|weights)", r"(?:b|bias|biases)"
_IH, _HO = (r"(?:inputhidden|inputtohidden|inhidden|inhid|inh|ih|i2h|itoh|xh|x2h)",  # weight_xh, W_hy: x -> h -> y
            r"(?:hiddenoutput|hiddentooutput|hiddenout|hidout|hout|ho|h2o|htoo|hy|h2y)")  # w_in_h, w_h_out
_HID, _OUT = r"(?:hidden|hid|h)", r"(?:output|out|o|y)"  # wh, wy: the weights into h and into y (x -> h -> y)
# the same words before the weight's (hidden_weights, input_hidden_weights), spelled out: "how" is not one
_IH_, _HO_ = r"(?:inputhidden|inputtohidden|inhidden|inhid)", r"(?:hiddenoutput|hiddentooutput|hiddenout|hidout)"
_HID_, _OUT_ = r"(?:hidden|hid)", r"(?:output|out)"
_ZW, _AW = (r"(?:linear|z|net|input|in|pre|preactivation|sum)",
            r"(?:activation|activations|a|act|output|out|pred|prediction)")  # hidden_layer_pred: its values
TWO_LAYER = [(re.compile(p), role) for p, role in (
    (rf"alpha{_W}", ("W", 1)), (rf"alpha{_B}", ("b", 1)),  # a course's alpha_w, beta_b: alpha the first layer's
    (rf"beta{_W}", ("W", 2)), (rf"beta{_B}", ("b", 2)),  # matrix, beta the second's (never a bare alpha: a rate)
    (r"(?:grad|g|d|dl|dj|nabla)alpha", ("dW", 1)), (r"(?:grad|g|d|dl|dj|nabla)beta", ("dW", 2)),  # their gradients
    (rf"{_W}{_IH}|{_IH_}{_W}", ("W", 1)), (rf"{_W}{_HO}|{_HO_}{_W}", ("W", 2)), (rf"{_W}{_HID}|{_HID_}{_W}", ("W", 1)),
    (rf"{_W}{_OUT}|{_OUT_}{_W}", ("W", 2)), (rf"{_W}(?:input|inp|in)|(?:input|inp){_W}", ("W", 1)),
    (rf"{_B}{_HID}|{_HID}{_B}", ("b", 1)), (rf"{_B}{_OUT}|{_OUT}{_B}", ("b", 2)),
    (rf"{_B}(?:input|inp|in)|(?:input|inp){_B}", ("b", 1)),  # b_in beside w_in: the bias of the weights out of x
    (rf"{_B}{_IH}|{_IH_}{_B}", ("b", 1)), (rf"{_B}{_HO}|{_HO_}{_B}", ("b", 2)),  # bias_ih, bias_ho
    (rf"(?:grad|d|dl|delta|nabla)(?:{_W}{_IH}|{_IH_}{_W})", ("dW", 1)),
    (rf"(?:grad|d|dl|delta|nabla)(?:{_W}{_HO}|{_HO_}{_W})", ("dW", 2)),
    (rf"(?:grad|d|dl|delta|nabla)(?:{_W}{_HID}|{_HID_}{_W})", ("dW", 1)),
    (rf"(?:grad|d|dl|delta|nabla)(?:{_W}{_OUT}|{_OUT_}{_W})", ("dW", 2)),
    (rf"(?:grad|d|dl|delta|nabla)(?:{_W}(?:input|inp|in)|(?:input|inp){_W})", ("dW", 1)),
    (rf"(?:grad|d|dl|delta|nabla)(?:{_B}{_HID}|{_HID}{_B})", ("db", 1)),
    (rf"(?:grad|d|dl|delta|nabla)(?:{_B}{_OUT}|{_OUT}{_B})", ("db", 2)),
    (rf"hidden(?:layer)?{_ZW}|z{_HID}", ("z", 1)), (rf"(?:output|final)(?:layer)?{_ZW}|z{_OUT}", ("z", 2)),
    (rf"hidden(?:layer)?{_AW}|a{_HID}|h", ("a", 1)),  # h: the hidden layer's values in x -> h -> y
    (rf"(?:output|final)(?:activation|activations|a|act|layeroutputs?|layeractivations?)|a{_OUT}", ("a", 2)),
)]
"""Names of a network with one hidden layer that say where, not which number: ``weights_input_hidden``,
``w_hidden``/``w_output`` or ``hidden_weights``/``output_weights`` (the weights into that layer), ``weightInput``
(the weights out of the input),
``bias_output``, ``hidden_linear``, ``output_activation``, ``grad_weights_hidden_output`` (W1, b2, z1, a2, dW2)."""


_GD = r"(?:grad|d|dl|delta|nabla)"
NUMBERED = [(re.compile(f"{grad}(?:{p})"), f"{d}{role}", layer)
            for grad, d in (("", ""), (_GD, "d"))  # the parameter, then its gradient (grad_weights_hidden2_output)
            for p, role, layer in (
                (rf"{_W}(?:input|in|i)(?:to)?{_HID}(\d+)", "W", lambda k: 1),
                (rf"{_W}{_HID}(\d+)(?:to)?{_HID}(\d+)", "W", lambda j, k: int(k)),
                (rf"{_W}{_HID}(\d+)(?:to)?{_OUT}", "W", lambda k: int(k) + 1),
                (rf"{_B}(?:input|in|i)(?:to)?{_HID}(\d+)", "b", lambda k: 1),  # bias_input_hidden_1 beside its
                (rf"{_B}{_HID}(\d+)(?:to)?{_HID}(\d+)", "b", lambda j, k: int(k)),  # weights' names
                (rf"{_B}{_HID}(\d+)(?:to)?{_OUT}", "b", lambda k: int(k) + 1),
                (rf"{_B}{_HID}(\d+)|{_HID}(\d+){_B}", "b", lambda *k: int(next(v for v in k if v))))]
"""Names that say where in a network with numbered hidden layers: ``weights_input_hidden1`` (W1),
``weights_hidden1_hidden2`` (W2), ``weights_hidden2_output`` (W3), ``bias_hidden2`` (b2), the biases named like
their weights (``bias_hidden_1_hidden_2``: b2); the output layer's bias
(``bias_output``) is then the one after the last numbered hidden layer (:func:`classify_all`)."""
_OUTPUT_SIDE = re.compile(rf"{_B}{_OUT}|{_OUT}{_B}|{_GD}(?:{_B}{_OUT}|{_OUT}{_B})")


VC_NAMES = {"W": ("W", 1), "b": ("b", 1), "V": ("W", 2), "c": ("b", 2)}
"""Two layers named as one course writes them, read together: ``W``, ``b`` the hidden layer's, ``V``, ``c`` the
output layer's (``feedforward(X, W, b, V, c)``, ``derivative_V(Z, T, Y)``)."""


ALPHA_BETA = {"alpha": ("W", 1), "beta": ("W", 2)}
"""A course's two weight matrices, each with its bias folded in as column 0, named together as no rate is:
``NNForward(x, y, alpha, beta)``, ``NNBackward(x, y, alpha, beta, z, y_hat)``; alone, ``alpha`` is a rate."""


def classify_all(names) -> dict[str, tuple[str, int | None] | None]:
    """:func:`classify` of each name, read together: with hidden layers numbered up to h >= 2 in the names
    (``bias_hidden2``), an output-layer name without a number (``bias_output``) is layer h + 1, not 2."""
    out = {n: classify(n) for n in names}
    if set(VC_NAMES) <= set(names):  # forward(X, W, b, V, c): a course's two layers, V and c the output layer's
        out.update(VC_NAMES)
    pair = {n: ALPHA_BETA[m.group(1)] for n in names if isinstance(n, str)
            and (m := re.fullmatch(r"(alpha|beta)(?:matrix|mat|params|parameters)?", squash(n)))}
    if sorted(pair.values()) == [("W", 1), ("W", 2)] and not any(c and c[0] in ("W", "Ws", "params")
                                                              for n, c in out.items() if n not in pair):
        out.update(pair)  # NNForward(x, y, alpha, beta), feedForward(x, alphaMatrix, betaMatrix): a course's two
        # folded weight matrices, no rate
    hidden = [int(g) for n in names if isinstance(n, str) for p, _, _ in NUMBERED
              for m in [p.fullmatch(squash(n))] if m for g in m.groups() if g]
    top = max(hidden, default=0)
    if top >= 2:
        for n, c in out.items():
            if c and c[1] == 2 and isinstance(n, str) and _OUTPUT_SIDE.fullmatch(squash(n)):
                out[n] = (c[0], top + 1)
    return out


_UPSTREAM = re.compile(r"d(?:l|j|loss|cost)d(?:out|output|outputs|y|yhat|ypred|scores|logits|[hza]\d+)")


def classify(name: str) -> tuple[str, int | None] | None:
    """(role, layer index or None) for an identifier or key; None when the name says nothing known."""
    return _classify(name) if isinstance(name, str) else None


LABEL_SUFFIXES = ("oh", "ohe", "onehot", "hot", "ind", "encoded", "enc", "cat", "categorical")
"""Last words of a labels array's name that say how it is encoded (``labels_oh``, ``targets_ind``)."""


LIST_WORDS = ("collection", "array", "arrays", "values")
"""Words that, after a list's name, still say every layer's (``a_collection``, ``z_values``, ``weights_array``);
not ``history``: ``weights_history`` is more often snapshots over training than the layers' weights."""


@functools.lru_cache(maxsize=4096)
def _classify(name: str) -> tuple[str, int | None] | None:
    low = plain(name).lower()
    if "_wrt_" in low:  # derror_wrt_dw1, dloss_wrt_W2, grad_wrt_b1: the gradient of the parameter named after it
        c = _classify(low.split("_wrt_", 1)[1])
        if c and c[0] in ("W", "b", "dW", "db"):
            return "d" + c[0].lstrip("d"), c[1]
    m = re.fullmatch(r"(?:w|wt|weight|weights)_+(input|in|\d+)_+(\d+|output|out)", plain(name).lower())
    if m and not (m.group(1).isdigit() and m.group(2).isdigit() and int(m.group(2)) != int(m.group(1)) + 1):
        first = 0 if not m.group(1).isdigit() else int(m.group(1))  # w_input_1, w_1_2, w_3_output: from, to
        return "W", int(m.group(2)) if m.group(2).isdigit() else first + 1
    n = squash(name)
    for pattern, role, layer in NUMBERED:
        if m := pattern.fullmatch(n):
            return role, layer(*m.groups())
    m = re.fullmatch(r"([a-z]+?)(\d+)", n)
    if m and m.group(1) in _STEM_OF:
        return _STEM_OF[m.group(1)], int(m.group(2))
    m = re.fullmatch(r"([a-z]+?)(\d+)grad(?:ient)?s?", n)  # Theta1_grad, W2_gradient, w1_grads
    if m and _STEM_OF.get(m.group(1)) == "W":
        return "dW", int(m.group(2))
    if n in _WHOLE_OF:
        return _WHOLE_OF[n], None
    m = re.fullmatch(r"([a-z]+?)(\d+)", n)
    if m and _WHOLE_OF.get(m.group(1)) in SWITCHED_OFF:  # dropout_p1, keep_prob2: a layer's own switch
        return _WHOLE_OF[m.group(1)], int(m.group(2))
    m = re.fullmatch(r"(?:l|loss|j|cost)_+([a-z]+)_*(\d+)", plain(name).lower())
    if m and _STEM_OF.get(m.group(1)) in ("W", "b"):  # L_W1, loss_b2: the loss's gradient with respect to W1, b2
        return "d" + _STEM_OF[m.group(1)], int(m.group(2))
    m = re.fullmatch(r"d(?:l|j|e|loss|cost|err|error)(d[a-z]+\d*)", n)
    if m and (c := _classify(m.group(1))) and c[0] in ("dW", "db"):  # d_loss_dw_out, dCost_db2: d loss / d W2
        return c
    for pattern, role in TWO_LAYER:
        if pattern.fullmatch(n) or n.endswith("layer") and role[0] in ("W", "b") and pattern.fullmatch(n[:-5]):
            return role  # weights_hidden_layer, weights_output_layer: the layer's name spelled out
    if n.startswith(("grad", "d")) and n[1:] in ("w", "weights"):
        return "dWs", None
    if n.endswith(LIST_WORDS) and n != "collection":  # a_collection, z_collection, weights_collection: every layer's
        rest = n[:-len(next(w for w in LIST_WORDS if n.endswith(w)))]
        if _WHOLE_OF.get(rest) in ("Ws", "bs", "zs", "acts", "dWs", "dbs"):
            return _WHOLE_OF[rest], None
    if _UPSTREAM.fullmatch(n):  # dL_dh3, dJ_dz2: the loss's gradient at a named output, given from outside
        return "dout", None
    parts = words(name)
    if len(parts) > 1 and parts[0] in VALUE_PREFIXES + BATCH_PREFIXES:  # vetor_entrada, vector_of_targets: what
        # the vector holds; mb_imgs, single_target: a mini-batch's or one sample's
        rest = "".join(p for p in parts[1:] if p != "of")
        if _WHOLE_OF.get(rest) in ("x", "y"):
            return _WHOLE_OF[rest], None
    if len(parts) > 1 and parts[-1] in VALUE_PREFIXES:  # input_vector, target_vector: the word before says which
        rest = "".join(parts[:-1])
        if _WHOLE_OF.get(rest) in ("x", "y"):
            return _WHOLE_OF[rest], None
    if len(parts) > 1 and parts[0] == "all":  # all_weights, all_biases, all_h (every layer's), all_f (the
        # pre-activations, as one textbook names them): a list of every layer's
        rest = "_".join(parts[1:])
        c = ("zs", None) if rest in ("f", "fs") else _classify(rest)
        c = (LIST_OF.get(c[0], c[0]), None) if c else None
        return c if c and c[0] in LIST_OF.values() else None
    if len(parts) > 1 and parts[0] in KIND_PREFIXES:  # Variable_X, Variable_Function_W1: the words before say
        # only that it is a variable; the name after them says which
        rest = next((k for k in range(len(parts)) if parts[k] not in KIND_PREFIXES), len(parts))  # func_var: none
        return _classify("_".join(parts[rest:])) if rest < len(parts) else None
    if len(parts) > 1 and parts[-1] in LABEL_SUFFIXES and _WHOLE_OF.get("".join(parts[:-1])) == "y":
        return "y", None  # labels_oh, targets_ind: the labels, one-hot encoded
    if len(parts) > 1 and parts[0] in NAME_PREFIXES:  # nn_params, net_weights, model_parameters
        rest = "".join(parts[1:])
        if rest.endswith("values"):  # nn_params_values
            rest = rest[:-len("values")]
        if _WHOLE_OF.get(rest) in ("params", "Ws", "bs", "x", "y", "cache", "grads"):
            return _WHOLE_OF[rest], None
    if len(n) >= 9:  # paramerters: one letter mistyped in a long container name
        near = {_WHOLE_OF[w] for w in _WHOLE_OF if len(w) >= 9 and _one_edit(n, w)}
        if len(near) == 1 and (role := near.pop()) in ("params", "Ws", "bs", "cache", "grads"):
            return role, None
    return None


def layer_names(names, role: str) -> dict[int, str]:
    """{index: name} of the names with this per-layer role (``W`` gives {1: "W1", 2: "W2"})."""
    out = {}
    names = list(names)
    roles = classify_all([n for n in names if isinstance(n, str)])
    for name in names:
        c = roles.get(name) if isinstance(name, str) else None
        if c and c[0] == role and c[1] is not None:
            out.setdefault(c[1], name)
    return out


def depth_from(names, whole: bool = False) -> tuple[int | None, int]:
    """(number of layers, first index) from the weight names among ``names``; (None, 1) when none. The first index is
    0 or 1; with ``whole`` (``names`` are every weight, a signature's: none can be missing), also 2, for layers
    numbered from the input layer as layer 1 (``w2, b2, w3, b3``: the first weights lead to z2)."""
    idx = sorted(layer_names(names, "W"))
    if not idx:
        return None, 1
    base = idx[0] if idx[0] in ((0, 1, 2) if whole else (0, 1)) else 1
    if idx != list(range(base, base + len(idx))):
        return None, base
    return len(idx), base


VALUE_PREFIXES = ("vector", "vetor", "vecteur", "vektor", "vettore", "array", "arr", "matrix", "vec")
"""Words an argument's name may start or end with that say only its kind (``vetor_entrada``: the input vector;
``feature_array``, ``target_matrix``)."""
LIST_OF = {"W": "Ws", "b": "bs", "z": "zs", "a": "acts", "dW": "dWs", "db": "dbs"}
"""The role of a list of every layer's values of one per-layer role (``all_h``: every layer's activations)."""
KIND_PREFIXES = ("variable", "var", "function", "func")
"""Words a name may start with that say only that it is a variable (``Variable_X``, ``Variable_Function_W1``)."""
NAME_PREFIXES = ("nn", "net", "network", "mlp", "ann", "dnn", "model")
"""Words a function name may start with that say only whose it is (``nn_forward``, ``mlp_backward``,
``model_forward``): :func:`canonical` drops one."""
BATCH_PREFIXES = ("mb", "minibatch", "single")
"""Words before a name that say it is a mini-batch's or one sample's (``mb_imgs``, ``mb_lbls``, ``single_input``):
the name after says which."""
GLUED_STEMS = ("forward", "backward", "backprop", "feedforward", "fprop", "bprop")
"""What may follow a :data:`NAME_PREFIXES` word written as one with it (``nnforward``, ``nnbackward``)."""
NAME_SUFFIXES = ("sample", "example", "single", "batch", "minibatch")
"""Words a forward's name may end with that say only what it is given (``feed_forward_sample``,
``forward_batch``): :func:`canonical` drops one there. Not after other names: ``train_batch`` is a step of its
own, and ``back_prop_sample`` may be one sample's part of a step."""


def canonical(name: str) -> str:
    """A function or method name as spelled by the many: case, underscores, accents, "foward" or "forword",
    "propogation" (any :data:`_PROPAGATION` spelling), a leading :data:`NAME_PREFIXES` word, a leading "single"
    before a forward or a backward and, after a forward, a trailing :data:`NAME_SUFFIXES` one do not matter."""
    words = [w for w in re.split(r"_+|(?<=[a-z0-9])(?=[A-Z])", plain(name)) if w]
    if len(words) > 1 and words[0].lower() in NAME_PREFIXES:
        words = words[1:]
    if len(words) > 1 and words[-1].lower() in NAME_SUFFIXES and "forward" in "".join(words[:-1]).lower():
        words = words[:-1]
    if len(words) > 1 and words[0].lower() == "single" and re.match(r"(?:back|forward|fwd|bwd)", words[1].lower()):
        words = words[1:]  # single_backpropagate(single_input, single_target): one sample's backward
    if len(words) == 1:  # nnforward, netbackward: a prefix word glued to the stem
        low = words[0].lower()
        words = [next((low[len(pre):] for pre in NAME_PREFIXES if low.startswith(pre) and low[len(pre):] in
                       GLUED_STEMS), words[0])]
    words = [_SHORT.get(w.lower(), w.lower()) for w in words]  # forwProp, fwd_pass, bwd_prop
    words = [_PROPAGATION.sub(r"\1propagation", w) for w in words]
    if len(words) == 2 and words[0] == "propagation" and words[1] in ("forward", "backward", "back"):
        words = words[::-1]  # propagate_forward, propagateBackward: the direction first, as the many write it
    return "".join(words).replace("foward", "forward").replace("forword", "forward").replace("backword", "backward")


_SHORT = {"forw": "forward", "fwd": "forward", "bwd": "backward", "backw": "backward"}
"""Words that shorten forward or backward (``forwProp``, ``fwd_pass``), read as the whole word."""

_PROPAGATION = re.compile(r"^(back|forward|fwd|bwd|)pro[pb][aoe]g[a-z]*$")
"""A word that spells propagation, propagate, propogation or propagetaion (one of the many ways to mistype it),
after a back or forward that may be joined to it, read as propagation."""


FOREIGN_FORWARDS = ("propagacion_adelante", "propagacion_hacia_adelante", "propagar_adelante", "hacia_adelante",
                    "propagacao_frente", "propagacao_para_frente", "propagar_frente", "propagacao_direta",
                    "propagation_avant", "propager_avant", "passe_avant", "vorwaerts", "vorwarts",
                    "vorwarts_durchlauf", "vorwaerts_durchlauf",
                    "vorwaertspropagation", "propagazione_avanti", "propagazione_in_avanti", "consulta", "consultar",
                    "adelantado", "hacia_delante", "propagacion", "propagar", "propagacao", "propagacja_w_przod",
                    "propagacja_do_przodu", "w_przod", "przejscie_w_przod", "propagasi_maju", "maju",
                    "ileri_yayilim", "ileri_yayilma", "ileri_besleme", "ileri_gecis", "ileri", "ileri_yayim")
"""Forward methods and functions named in Spanish, Portuguese, French, German, Italian, Polish, Indonesian and
Turkish (accents dropped; ``consulta``: the textbook network's ``query``)."""
FOREIGN_BACKWARDS = ("retropropagacion", "retropropagar", "propagacion_hacia_atras", "propagacion_atras",
                     "retropropagacao", "retro_propagacao", "retropropagation", "retro_propagation",
                     "propagation_arriere", "rueckwaerts", "ruckwarts", "ruckwarts_durchlauf",
                     "rueckwaerts_durchlauf", "rueckpropagation", "retropropagazione",
                     "propagacja_wsteczna", "wsteczna", "propagasi_balik", "mundur", "geri_yayilim", "geri_yayilma",
                     "geri_gecis", "geriye_yayilim", "geriye_yayilma", "geriye_dogru_yayilim", "geri_yayim")
"""Backward methods and functions named in those languages."""
FOREIGN_TRAINS = ("entrenar", "treinar", "entrainer", "trainieren", "addestrare", "allenare", "entrenar_red",
                  "entrenar_modelo", "treinar_rede", "treinar_modelo", "entrainer_reseau", "entrainer_modele",
                  "addestra_rete", "ucz", "uczenie", "trenuj", "latih", "pelatihan", "egit", "egitim")
"""Training loops named in those languages."""


_MANGLED = re.compile(r"^_[A-Za-z]\w*?__(?=[A-Za-z])")
"""The class-name prefix Python gives a method named with two leading underscores (``__forward`` in class Net is
``_Net__forward``)."""


def spelled(available, wanted) -> list[str]:
    """The ``available`` names that are one of ``wanted`` up to :func:`canonical` spelling, in ``wanted``'s order
    (``forward_propogation`` and ``forwardPropagation`` are ``forward_propagation``)."""
    by_canon: dict[str, list[str]] = {}
    for name in available:
        if isinstance(name, str) and not name.startswith("__"):  # a private method's mangled name, _Net__forward, too
            by_canon.setdefault(canonical(_MANGLED.sub("", name)), []).append(name)
    out: list[str] = []
    for w in wanted:
        for name in ([w] if w in available else []) + by_canon.get(canonical(w), []):
            if name not in out:
                out.append(name)
    for w in wanted:  # then one letter mistyped in a long name (forwar_prop): after every name spelled right
        cw = canonical(w)
        for canon, names in by_canon.items():
            if len(cw) >= 8 and _one_edit(canon, cw):
                out += [n for n in names if n not in out]
    return out


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter dropped, added or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (p, q) in enumerate(zip(a, b)) if p != q), min(len(a), len(b)))
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1]
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]
