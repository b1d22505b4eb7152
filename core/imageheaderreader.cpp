// imageheaderreader
