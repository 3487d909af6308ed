"""Reports an office hands in: statistics for a period (`statistics`), in a workbook or a PDF."""
