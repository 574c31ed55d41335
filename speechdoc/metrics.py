"""Metric extraction (issue 4) — being built; until ``extract`` exists, documents carry no metrics."""
