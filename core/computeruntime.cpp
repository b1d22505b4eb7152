// computeruntime
