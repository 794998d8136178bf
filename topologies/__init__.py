"""Mininet topologies for ESA and the P4 switch node (BMv2 or the embedded target)."""
