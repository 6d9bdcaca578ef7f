"""xval's oracles: PyTorch, JAX and finite differences that check the NumPy product.

Importing this package imports nothing heavy; torch and jax load only when a
backend that needs them is asked for (:func:`xval.reference.backends.get_backend`).
"""
