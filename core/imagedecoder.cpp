// imagedecoder
