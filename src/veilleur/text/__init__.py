"""Text helpers shared by the stages (they import nothing of the pipeline)."""
