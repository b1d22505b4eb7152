// demoproject
