"""ESA worker and parameter-server agents, the ESA packet layer and the PS merge core."""
