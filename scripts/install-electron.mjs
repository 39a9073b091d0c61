console.log("electron install placeholder")
