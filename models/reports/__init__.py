"""Reports an office hands in: statistics for a period (`statistics`), in a workbook or a PDF; the anonymous
trafficking data (HTCDS: `htcds`), k-anonymised (`anonymity`, which the two share)."""
