"""Facts and logic shared by every ESA component: protocol constants, the aggregator
reference model. Imports nothing from the rest of the project."""
