// projectexporter
