# The C extension: setuptools compiles primes.c with the C compiler (gcc) and
# Python's headers (Python.h) into primes.cpython-3XX-<platform>.so.
from setuptools import Extension, setup

setup(ext_modules=[Extension("primes", sources=["primes.c"])])
