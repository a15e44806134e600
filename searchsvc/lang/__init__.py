"""Language tools: analyzers, stemmers, transliteration, query-language detection."""
