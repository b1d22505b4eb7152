// pluginmanager
