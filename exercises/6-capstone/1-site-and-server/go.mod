module example.com/advent

go 1.22
