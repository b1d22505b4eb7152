// projectstore
