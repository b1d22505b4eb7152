// sqlitedatabase
