// importtask
