"""p4emu: an embedded P4_16 (v1model) target in Python.

A general P4 toolchain, drop-in for p4c-bm2-ss (``p4emu-compile``), simple_switch_grpc
(``p4emu-switch``) and p4c's STF runner (``p4emu-stf``). It knows nothing of ESA and
imports nothing from the rest of the project.
"""
__version__ = "0.1.0"
