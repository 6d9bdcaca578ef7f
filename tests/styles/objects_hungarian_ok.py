"""Layer objects in Hungarian notation with capitalised methods: `Forward`/`Backward`, each layer's parameters
in a dict `dParams` keyed `mW` (a matrix) and `vB` (a vector), their gradients in `dGrads` under the same keys;
the loss is a function returning the loss and its gradient, not a layer."""
import numpy as np


class DenseLayer:
    def __init__(self, iIn, iOut):
        mW = np.random.randn(iIn, iOut) * np.sqrt(2.0 / iIn)
        self.dParams = {"mW": mW, "vB": np.zeros(iOut)}
        self.dGrads = {"mW": None, "vB": None}

    def Forward(self, mX):
        self.mX = mX
        return mX @ self.dParams["mW"] + self.dParams["vB"]

    def Backward(self, mDy):
        self.dGrads["mW"] = self.mX.T @ mDy
        self.dGrads["vB"] = mDy.sum(axis=0)
        return mDy @ self.dParams["mW"].T


class ReluLayer:
    def __init__(self):
        self.dParams, self.dGrads = {}, {}

    def Forward(self, mX):
        self.mMask = mX > 0
        return mX * self.mMask

    def Backward(self, mDy):
        return mDy * self.mMask


def SoftmaxLoss(mZ, vY):
    mZ = mZ - mZ.max(axis=1, keepdims=True)
    mP = np.exp(mZ)
    mP /= mP.sum(axis=1, keepdims=True)
    iN = len(vY)
    dLoss = -np.log(mP[np.arange(iN), vY]).mean()
    mDz = mP.copy()
    mDz[np.arange(iN), vY] -= 1
    return dLoss, mDz / iN


class Network:
    def __init__(self, lLayers):
        self.lLayers = lLayers

    def Forward(self, mX):
        for oLayer in self.lLayers:
            mX = oLayer.Forward(mX)
        return mX

    def Backward(self, mDz):
        for oLayer in reversed(self.lLayers):
            mDz = oLayer.Backward(mDz)


def Step(oNet, mX, vY, dLr):
    dLoss, mDz = SoftmaxLoss(oNet.Forward(mX), vY)
    oNet.Backward(mDz)
    for oLayer in oNet.lLayers:
        for sKey in oLayer.dParams:
            oLayer.dParams[sKey] -= dLr * oLayer.dGrads[sKey]
    return dLoss
