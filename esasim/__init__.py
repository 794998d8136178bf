"""esasim: a job-completion-time simulator for in-network aggregation at paper scale."""
