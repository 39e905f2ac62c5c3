"""HTML-specific steps of extraction: main content, related-link blocks, figures, cleanup, JSON-LD."""
