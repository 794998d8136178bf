"""ESA P4Runtime controller library and the esactl job-admission CLI."""
