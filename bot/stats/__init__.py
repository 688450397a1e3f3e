"""Anonymous group statistics: pure figures, the suppression rule, charts and CSV rows."""
