// Code generated for the exercise: a big-letter font, one function per glyph.
// It is large on purpose: compiling it takes the Go compiler several seconds,
// like the dependencies of a real service.

package font

func glyph0(scale int) []string {
	rows := []string{
		"# #   # ",
		"   ##   ",
		"#    #  ",
		"  ##  # ",
		"  #    #",
		"######  ",
		"  ##### ",
		" # # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1(scale int) []string {
	rows := []string{
		" #####  ",
		"##  ####",
		"# ##  # ",
		" #  ### ",
		" ### ###",
		"##      ",
		"  # ##  ",
		"###  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph2(scale int) []string {
	rows := []string{
		"## ##   ",
		" #  #   ",
		"  #   # ",
		"####  ##",
		"###   ##",
		"#   #  #",
		" ## # # ",
		"  #  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph3(scale int) []string {
	rows := []string{
		" ### ###",
		"#    # #",
		" # ##  #",
		" # ## ##",
		"#      #",
		" ##     ",
		" #   # #",
		" ###  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph4(scale int) []string {
	rows := []string{
		"#   #   ",
		"  #  ## ",
		"   #  # ",
		" ## ### ",
		"# # # ##",
		"#  #  # ",
		" # # #  ",
		"##   ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph5(scale int) []string {
	rows := []string{
		"# ## # #",
		"## ###  ",
		"   ##  #",
		" ### ## ",
		"#  # #  ",
		"#   # # ",
		"###     ",
		"#   ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph6(scale int) []string {
	rows := []string{
		"# ## #  ",
		"  # # ##",
		"##  #  #",
		"#    ## ",
		"  ## # #",
		"  ## ###",
		"#  # #  ",
		"## ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph7(scale int) []string {
	rows := []string{
		" #  # # ",
		"##   ###",
		" #  #   ",
		"    # ##",
		"   ## # ",
		"  ## #  ",
		" ### ## ",
		"   ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph8(scale int) []string {
	rows := []string{
		"# ##  ##",
		"####  # ",
		"# ## ###",
		"     ## ",
		"# # ### ",
		"  #### #",
		"### # ##",
		"#   ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph9(scale int) []string {
	rows := []string{
		"## ### #",
		"  #  ###",
		" ## #   ",
		"## ##   ",
		"########",
		" ###    ",
		" # #### ",
		"    # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph10(scale int) []string {
	rows := []string{
		"##  ### ",
		"### ### ",
		"  # ####",
		"#   ### ",
		" ###    ",
		"  #     ",
		" # ##   ",
		"# ##   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph11(scale int) []string {
	rows := []string{
		"### #   ",
		"##   ## ",
		"# ## # #",
		"###  #  ",
		"# #  # #",
		"# #  ## ",
		" #    # ",
		"  ###   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph12(scale int) []string {
	rows := []string{
		"#  # ###",
		"##    # ",
		"##  ####",
		"  # ## #",
		"## # # #",
		" #  #  #",
		"### ####",
		"     ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph13(scale int) []string {
	rows := []string{
		"### #  #",
		"  ####  ",
		"#  #  ##",
		" #  #   ",
		"###   ##",
		"  ######",
		"# #     ",
		"# # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph14(scale int) []string {
	rows := []string{
		" #   # #",
		"# #     ",
		" # ##  #",
		"  ##   #",
		"   ### #",
		"   ## # ",
		"#   ####",
		"## #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph15(scale int) []string {
	rows := []string{
		"# ##  # ",
		"#  ###  ",
		"   # #  ",
		"##    ##",
		" #  ## #",
		"   # #  ",
		" # ##   ",
		"   # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph16(scale int) []string {
	rows := []string{
		"## #####",
		"   ## ##",
		" ##   ##",
		"# #    #",
		"  #     ",
		" ##   ##",
		" ### ## ",
		"# ##   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph17(scale int) []string {
	rows := []string{
		" ### #  ",
		"## #####",
		"# ## #  ",
		" ####   ",
		" ####  #",
		"     ## ",
		"# ##  ##",
		"     #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph18(scale int) []string {
	rows := []string{
		" ###  ##",
		"#      #",
		"        ",
		"# # # # ",
		"# ### # ",
		"  #   ##",
		" ####   ",
		" #   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph19(scale int) []string {
	rows := []string{
		"# ###  #",
		" # #    ",
		"    #   ",
		"      # ",
		" #      ",
		"  ##    ",
		"##### ##",
		"# #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph20(scale int) []string {
	rows := []string{
		" # ##   ",
		"# #  #  ",
		"## # ###",
		" #  #   ",
		"# ## ## ",
		"# # ### ",
		"# #  ## ",
		"## ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph21(scale int) []string {
	rows := []string{
		"##  ##  ",
		" ##  # #",
		"    #  #",
		"###   # ",
		"##  ## #",
		"#  ##  #",
		"#    ###",
		"# # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph22(scale int) []string {
	rows := []string{
		"## # # #",
		"#  #   #",
		" # # ###",
		"#  # # #",
		"###   ##",
		"##  ## #",
		"#     # ",
		" #### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph23(scale int) []string {
	rows := []string{
		" #### # ",
		"## #####",
		" # ##  #",
		" #    ##",
		"    ##  ",
		"#  # #  ",
		"#  ##  #",
		"# ## # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph24(scale int) []string {
	rows := []string{
		"   #####",
		"###  #  ",
		" # ##   ",
		"# # ### ",
		"##### ##",
		"###### #",
		" # ##   ",
		"## ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph25(scale int) []string {
	rows := []string{
		" # #    ",
		"#    #  ",
		"# ### # ",
		"# # #  #",
		"##  # ##",
		"  #   # ",
		"      # ",
		"# #  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph26(scale int) []string {
	rows := []string{
		"####    ",
		"  ### # ",
		"####   #",
		" #######",
		"# #  ## ",
		"### ## #",
		"###  #  ",
		"### ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph27(scale int) []string {
	rows := []string{
		"# ## # #",
		"# #  ###",
		"#      #",
		"###   ##",
		" ##  # #",
		"#    # #",
		"## # # #",
		"  #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph28(scale int) []string {
	rows := []string{
		"## #  ##",
		"  # # # ",
		"   ##   ",
		"##   #  ",
		"## #####",
		" ### #  ",
		" #     #",
		" # #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph29(scale int) []string {
	rows := []string{
		"# # # # ",
		"  # # ##",
		"#   ### ",
		"## ###  ",
		"  ## # #",
		"##   ###",
		"  #  ## ",
		"# # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph30(scale int) []string {
	rows := []string{
		" #      ",
		"  ##    ",
		"#   # ##",
		"##  ## #",
		"  #  # #",
		"#  # ## ",
		"# ##    ",
		"     ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph31(scale int) []string {
	rows := []string{
		"   # # #",
		" #   # #",
		"##   #  ",
		"  ##  ##",
		" # ### #",
		"### # # ",
		"# #   ##",
		"    ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph32(scale int) []string {
	rows := []string{
		"  ##  # ",
		" #  # ##",
		"   # # #",
		"  ####  ",
		"## # ###",
		"###  #  ",
		"## #  ##",
		"### #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph33(scale int) []string {
	rows := []string{
		" ## ### ",
		"  ###  #",
		" ## #  #",
		" ## ## #",
		"########",
		"# #### #",
		" ##  ## ",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph34(scale int) []string {
	rows := []string{
		"####### ",
		"##    ##",
		"#  #####",
		"  ### # ",
		" ### #  ",
		"#   # # ",
		" # ##   ",
		"  ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph35(scale int) []string {
	rows := []string{
		"       #",
		"##  #  #",
		"#  #  # ",
		"##   # #",
		"       #",
		" #####  ",
		"# ####  ",
		"   ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph36(scale int) []string {
	rows := []string{
		"## #### ",
		" ## # ##",
		"# # # # ",
		"    # ##",
		"  ## ## ",
		"##  # ##",
		"# #    #",
		"#  # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph37(scale int) []string {
	rows := []string{
		" #   ## ",
		" #  # ##",
		"### #  #",
		"## # ## ",
		" # #  # ",
		" # # # #",
		"  ####  ",
		"#     # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph38(scale int) []string {
	rows := []string{
		"# ## # #",
		"####  # ",
		"#  #   #",
		"   ###  ",
		"#  ##   ",
		"# ##   #",
		" #  ##  ",
		"# ##   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph39(scale int) []string {
	rows := []string{
		"#  ##  #",
		"####    ",
		"## ## ##",
		"# # # ##",
		"     # #",
		"#   ### ",
		"## # ## ",
		"   #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph40(scale int) []string {
	rows := []string{
		"# #     ",
		"##  ##  ",
		"#  # #  ",
		"## #   #",
		"# ## # #",
		"## #  ##",
		"### ##  ",
		" #  ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph41(scale int) []string {
	rows := []string{
		"###     ",
		" #  ## #",
		"   # #  ",
		" ##  #  ",
		"# #  #  ",
		" ##  #  ",
		" # ## # ",
		" ### # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph42(scale int) []string {
	rows := []string{
		"#   ## #",
		" #  #  #",
		"  ## ###",
		"  # ##  ",
		"  ## ## ",
		" ## #   ",
		" #######",
		" ###   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph43(scale int) []string {
	rows := []string{
		"   ### #",
		"#    # #",
		"#   ### ",
		"### ####",
		"  #    #",
		"####   #",
		"###    #",
		"#### ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph44(scale int) []string {
	rows := []string{
		"##  #   ",
		" ## #   ",
		"     #  ",
		" # #  ##",
		" ###  # ",
		" #####  ",
		"## ##   ",
		"    ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph45(scale int) []string {
	rows := []string{
		" # ## ##",
		"### # # ",
		"#  #    ",
		"   ##   ",
		" # ## ##",
		"# #    #",
		"#  ###  ",
		"# ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph46(scale int) []string {
	rows := []string{
		"#####  #",
		"# ## # #",
		"  ##   #",
		" # # #  ",
		"   # #  ",
		"## #### ",
		"      # ",
		"  #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph47(scale int) []string {
	rows := []string{
		"#     ##",
		" #   #  ",
		"##    ##",
		"# # ####",
		"###### #",
		"##   ## ",
		"     ###",
		"## #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph48(scale int) []string {
	rows := []string{
		"## ###  ",
		"#####   ",
		"#  #   #",
		"  #### #",
		" ## ####",
		" #### ##",
		"    ## #",
		"###   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph49(scale int) []string {
	rows := []string{
		" #### ##",
		" #   ###",
		" ### ###",
		"## #  # ",
		" #  ####",
		"#  #####",
		"  ###   ",
		" # #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph50(scale int) []string {
	rows := []string{
		"     #  ",
		"#  ## # ",
		"#  ##   ",
		"## #####",
		"# ## ###",
		"#    ###",
		" ## # # ",
		" ## # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph51(scale int) []string {
	rows := []string{
		"  ###   ",
		" #    # ",
		"  # #   ",
		"  #    #",
		" ###    ",
		" ## # ##",
		"#   # ##",
		" #   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph52(scale int) []string {
	rows := []string{
		"###  #  ",
		" ### #  ",
		"###   ##",
		" #   #  ",
		"#  #### ",
		"##  # # ",
		"  ##    ",
		"# ## # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph53(scale int) []string {
	rows := []string{
		"  # ## #",
		"     ## ",
		"##   ## ",
		"##      ",
		"  #     ",
		"# ## #  ",
		"      # ",
		"   ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph54(scale int) []string {
	rows := []string{
		" ###    ",
		"  #    #",
		"  # ##  ",
		"  ## # #",
		"# ## # #",
		"##  #   ",
		"# # ####",
		"#  ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph55(scale int) []string {
	rows := []string{
		"#  #####",
		" #  ### ",
		"## # ## ",
		"   # ###",
		" #  ####",
		"#  #    ",
		" ### # #",
		"# ######",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph56(scale int) []string {
	rows := []string{
		"# ###   ",
		"### # ##",
		"  #   # ",
		"# # ## #",
		"#### # #",
		"    # # ",
		"### ### ",
		"### ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph57(scale int) []string {
	rows := []string{
		"###  ## ",
		"#  ### #",
		"#### ## ",
		" ####   ",
		"# #   ##",
		"######  ",
		"##  # # ",
		"  ## #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph58(scale int) []string {
	rows := []string{
		"   # ## ",
		"## #  # ",
		"# #   # ",
		" # ## # ",
		" # # ###",
		"   #    ",
		"### #  #",
		"##  ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph59(scale int) []string {
	rows := []string{
		"# ### # ",
		" # #   #",
		"  # #   ",
		"# # ## #",
		"##   ## ",
		"# #  ###",
		" ###  ##",
		" ##  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph60(scale int) []string {
	rows := []string{
		" #     #",
		"   #   #",
		"###    #",
		"#    ###",
		"  # # ##",
		"  ##    ",
		"#       ",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph61(scale int) []string {
	rows := []string{
		"  # #   ",
		"  # #   ",
		"   ###  ",
		"  #   # ",
		" #     #",
		"#### ## ",
		"      ##",
		"#      #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph62(scale int) []string {
	rows := []string{
		"  ### ##",
		"# ##  # ",
		"###  # #",
		" ##  #  ",
		"  ####  ",
		"#    #  ",
		" # ##  #",
		" ## ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph63(scale int) []string {
	rows := []string{
		" #   ## ",
		"    #   ",
		"###  ###",
		"# # ### ",
		" #   ###",
		"     ## ",
		"  #  ## ",
		"   # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph64(scale int) []string {
	rows := []string{
		"#  #### ",
		"   ##   ",
		" ## ##  ",
		" ## # ##",
		"#  ## # ",
		"##  ##  ",
		"  #### #",
		"   # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph65(scale int) []string {
	rows := []string{
		"#   #   ",
		"####  ##",
		"  ##  ##",
		"#   #  #",
		" # ## # ",
		"  # #  #",
		"#  ##  #",
		"   ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph66(scale int) []string {
	rows := []string{
		"##   # #",
		"## # # #",
		"# #    #",
		"### #  #",
		"#   #   ",
		"#  ###  ",
		"##  #  #",
		" #  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph67(scale int) []string {
	rows := []string{
		" # ## # ",
		"## # ###",
		"  # # ##",
		"# ## #  ",
		"##  ####",
		"#   #   ",
		"## #####",
		"## #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph68(scale int) []string {
	rows := []string{
		" #   ###",
		"  #   ##",
		"        ",
		"  #     ",
		"   ## ##",
		"#####  #",
		" #   # #",
		"##    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph69(scale int) []string {
	rows := []string{
		"#  # #  ",
		"  ##  ##",
		"     # #",
		"##     #",
		" #   ## ",
		"   #####",
		"# # # # ",
		"   #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph70(scale int) []string {
	rows := []string{
		"###   ##",
		"# # ####",
		"###  # #",
		"    # # ",
		"##  #   ",
		"#   # # ",
		"  ####  ",
		"#  ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph71(scale int) []string {
	rows := []string{
		"###   # ",
		"#  ## ##",
		" # #   #",
		" #  # ##",
		"####### ",
		"  #    #",
		"#####  #",
		" # #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph72(scale int) []string {
	rows := []string{
		"## ##   ",
		" #   #  ",
		"#  #####",
		"######  ",
		"###    #",
		"#  ##  #",
		"  ##    ",
		"## # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph73(scale int) []string {
	rows := []string{
		"## #  # ",
		"   #    ",
		" #    # ",
		"# ## # #",
		"   #  # ",
		"     # #",
		"# # #  #",
		" ##  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph74(scale int) []string {
	rows := []string{
		"   #####",
		"  #   # ",
		"# ######",
		"# #    #",
		"# # ####",
		"# #  ###",
		"##   ###",
		" # # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph75(scale int) []string {
	rows := []string{
		" ###### ",
		"### ####",
		" ## # ##",
		"## #    ",
		"   #   #",
		"#     # ",
		" ###   #",
		"       #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph76(scale int) []string {
	rows := []string{
		"  #    #",
		" # #####",
		"# #     ",
		"# # # ##",
		" ##   # ",
		"#   ## #",
		"### ## #",
		"  #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph77(scale int) []string {
	rows := []string{
		"# #  # #",
		"##    ##",
		" ### ## ",
		" ##  ###",
		" ###### ",
		"  #  ## ",
		"# ##    ",
		" ## ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph78(scale int) []string {
	rows := []string{
		"  ##   #",
		" ##   # ",
		"##  ### ",
		"# ## #  ",
		"##  ####",
		"# ## # #",
		"#  #### ",
		"# # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph79(scale int) []string {
	rows := []string{
		"###  #  ",
		"##  #   ",
		"    #   ",
		"# # ## #",
		"#       ",
		" ####  #",
		" # ##   ",
		"## ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph80(scale int) []string {
	rows := []string{
		"#       ",
		" # ###  ",
		" #    # ",
		" #####  ",
		" #     #",
		" # # ## ",
		"#   ### ",
		"#  #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph81(scale int) []string {
	rows := []string{
		" #   #  ",
		" ###  # ",
		" #  # ##",
		"# ##  ##",
		"#      #",
		" ###  ##",
		"# #   ##",
		"      # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph82(scale int) []string {
	rows := []string{
		"  ## ###",
		" ##    #",
		"  #  #  ",
		"   # ###",
		" # ## ##",
		" #  ##  ",
		"## ### #",
		"### ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph83(scale int) []string {
	rows := []string{
		"##### # ",
		" ### # #",
		"## ## ##",
		"#  # # #",
		"#  #####",
		" #   ## ",
		" #   ## ",
		" #  ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph84(scale int) []string {
	rows := []string{
		" ## # # ",
		"##      ",
		"#    ## ",
		" # #   #",
		"###   ##",
		" # # # #",
		"####  ##",
		"  ##  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph85(scale int) []string {
	rows := []string{
		" ##     ",
		" # #####",
		"#  # ## ",
		" ##### #",
		" ## # # ",
		"# # #   ",
		"####  # ",
		"#  # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph86(scale int) []string {
	rows := []string{
		"##     #",
		"  ## #  ",
		"###  ## ",
		"###     ",
		" #     #",
		" #   ## ",
		" ##     ",
		" ###  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph87(scale int) []string {
	rows := []string{
		"  # # # ",
		"####  ##",
		"  ##    ",
		"##### ##",
		"  ###  #",
		" #   # #",
		"## ### #",
		"# ##   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph88(scale int) []string {
	rows := []string{
		" ####   ",
		"#  # ###",
		"     # #",
		"#   #  #",
		" #  ## #",
		"  # #   ",
		"    ## #",
		"# # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph89(scale int) []string {
	rows := []string{
		" #    # ",
		"##   # #",
		"### ## #",
		"### ##  ",
		" #   ## ",
		" ##  # #",
		"#  # # #",
		"## #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph90(scale int) []string {
	rows := []string{
		"# ##    ",
		"# # ##  ",
		"##### # ",
		"# ##### ",
		" ##  ###",
		"#  # #  ",
		" #  ### ",
		"  ## ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph91(scale int) []string {
	rows := []string{
		"#       ",
		"   #### ",
		"#  ##   ",
		"#  ### #",
		" #####  ",
		"## # ###",
		"# ## ###",
		"     # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph92(scale int) []string {
	rows := []string{
		"# ##  # ",
		" ##  ###",
		" ##### #",
		" ##     ",
		"####### ",
		"     ## ",
		"   ### #",
		" # # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph93(scale int) []string {
	rows := []string{
		"##   ## ",
		"  ##  ##",
		"  #   # ",
		"# ####  ",
		" ## ## #",
		"  ######",
		"####    ",
		"    ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph94(scale int) []string {
	rows := []string{
		"##    # ",
		" #  ## #",
		"   # ###",
		"##  # # ",
		" #    ##",
		"## ## ##",
		"# ## # #",
		" ##  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph95(scale int) []string {
	rows := []string{
		"## # ###",
		" # ## # ",
		"## ## # ",
		" #    # ",
		"# #   ##",
		"# # ## #",
		"#    # #",
		"#  # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph96(scale int) []string {
	rows := []string{
		"# #   # ",
		"  #  ## ",
		" ## ### ",
		" #     #",
		" ## ## #",
		"  ##    ",
		"  #   # ",
		"##  ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph97(scale int) []string {
	rows := []string{
		"#### # #",
		"###  ###",
		"# ###  #",
		" ###### ",
		"  #  ###",
		"#  # ## ",
		"######  ",
		"# # ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph98(scale int) []string {
	rows := []string{
		"# ##    ",
		"## #####",
		"#   # ##",
		"##  ####",
		"### #   ",
		" ##   ##",
		"##      ",
		"# ##  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph99(scale int) []string {
	rows := []string{
		"    ## #",
		"### # # ",
		" ## #  #",
		"##  ## #",
		"  ##### ",
		" # #### ",
		"  ### # ",
		"# # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph100(scale int) []string {
	rows := []string{
		"# # ##  ",
		"###  ## ",
		"  ## #  ",
		"########",
		"  # # ##",
		"# ## #  ",
		"# ##  ##",
		" #### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph101(scale int) []string {
	rows := []string{
		"# ###  #",
		"        ",
		"####   #",
		"#  #  ##",
		" #    # ",
		"# ## ###",
		" # ##   ",
		"#  #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph102(scale int) []string {
	rows := []string{
		"# #  ###",
		"####  # ",
		"  ##    ",
		"  #### #",
		"# # #   ",
		"  # ### ",
		"##  # # ",
		"##  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph103(scale int) []string {
	rows := []string{
		"#   ##  ",
		"    # # ",
		"  #   ##",
		" ##  ## ",
		" # #  # ",
		" #  # ##",
		"  ### # ",
		"## #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph104(scale int) []string {
	rows := []string{
		"# # ### ",
		" #     #",
		"##   ###",
		"##   # #",
		"#  #  ##",
		"   ##   ",
		"## # # #",
		" #  ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph105(scale int) []string {
	rows := []string{
		" # #  # ",
		"#### ###",
		"   #  # ",
		"##### # ",
		"## # ## ",
		" ##   ##",
		" #  #   ",
		"### ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph106(scale int) []string {
	rows := []string{
		"    # # ",
		" ### ## ",
		"###  ###",
		"#    ## ",
		"###  #  ",
		"   ## ##",
		"  #  #  ",
		"   ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph107(scale int) []string {
	rows := []string{
		" ##  # #",
		"#  ## # ",
		"## ##  #",
		"  ###   ",
		" ###  # ",
		"### ## #",
		"## # ###",
		"###  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph108(scale int) []string {
	rows := []string{
		"#  # #  ",
		"   #    ",
		"   #  ##",
		"#  ### #",
		"# # # # ",
		" #### # ",
		" #  ## #",
		"# ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph109(scale int) []string {
	rows := []string{
		"# # # # ",
		"    # ##",
		"#  #### ",
		"#####  #",
		"#  #  ##",
		" # ### #",
		"###    #",
		"#   # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph110(scale int) []string {
	rows := []string{
		"##  ## #",
		"# ## ## ",
		"#   # # ",
		"##   ## ",
		" #####  ",
		"   ## ##",
		"##     #",
		"#   ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph111(scale int) []string {
	rows := []string{
		"##   #  ",
		"     # #",
		"### ## #",
		"##   ## ",
		"  #  ###",
		"# ## ## ",
		" ##   ##",
		"##   ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph112(scale int) []string {
	rows := []string{
		" # # ## ",
		"#  #    ",
		"### # # ",
		"  #  #  ",
		" #### # ",
		"  #### #",
		"##   # #",
		" #  # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph113(scale int) []string {
	rows := []string{
		" #  # # ",
		"      ##",
		"# ## # #",
		"  ## # #",
		" ## ##  ",
		"  # #   ",
		"    ## #",
		"# ## ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph114(scale int) []string {
	rows := []string{
		" #  ### ",
		"       #",
		"  ### # ",
		"# # ####",
		"#  ##   ",
		"## #  # ",
		" #  #   ",
		"#   ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph115(scale int) []string {
	rows := []string{
		"## ## # ",
		"### #   ",
		"#   #   ",
		"  # ### ",
		"       #",
		" #####  ",
		"#   ## #",
		"#  #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph116(scale int) []string {
	rows := []string{
		"### ### ",
		"# ## ## ",
		"  ######",
		"# #  ## ",
		"#####   ",
		" # ### #",
		"  #   ##",
		"##### # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph117(scale int) []string {
	rows := []string{
		" ## #  #",
		" ##   ##",
		" # ### #",
		"    #  #",
		"##  ## #",
		" # #   #",
		" #   ###",
		" ##  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph118(scale int) []string {
	rows := []string{
		" #    # ",
		" ####   ",
		"## #   #",
		"      # ",
		" ##    #",
		"## #  # ",
		"#  # ## ",
		"# #     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph119(scale int) []string {
	rows := []string{
		"     ## ",
		"  #    #",
		"        ",
		"######  ",
		" # #####",
		"  ##   #",
		"### # # ",
		"  ## ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph120(scale int) []string {
	rows := []string{
		" ## #   ",
		"##### ##",
		"  #   # ",
		"##### ##",
		" # ## ##",
		"   ##   ",
		"# ##   #",
		"#   #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph121(scale int) []string {
	rows := []string{
		"  ####  ",
		"#   # # ",
		"# #     ",
		"### #  #",
		"### ####",
		"   #### ",
		"## ##   ",
		"# # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph122(scale int) []string {
	rows := []string{
		" # ## ##",
		" # ## # ",
		"# # ##  ",
		"## # ###",
		" ####  #",
		"   ##  #",
		" ##   ##",
		"  # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph123(scale int) []string {
	rows := []string{
		"  ######",
		"   #  ##",
		"    #  #",
		" # # # #",
		"# ##   #",
		"#  ###  ",
		"####    ",
		"##  #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph124(scale int) []string {
	rows := []string{
		"## #####",
		"#   # # ",
		"## ## # ",
		"##### ##",
		"## # # #",
		"  #    #",
		" #  ### ",
		"###   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph125(scale int) []string {
	rows := []string{
		"####    ",
		" ## #   ",
		"##### # ",
		"##  ####",
		"    #   ",
		"# # #   ",
		"    ## #",
		"## # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph126(scale int) []string {
	rows := []string{
		"# #     ",
		" #    # ",
		" ##  #  ",
		" # #  # ",
		"## ### #",
		"# ##   #",
		" #####  ",
		"  #     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph127(scale int) []string {
	rows := []string{
		"  ## # #",
		"# #  # #",
		"##   ## ",
		"# #  # #",
		"#### ## ",
		"#####  #",
		"##     #",
		"    ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph128(scale int) []string {
	rows := []string{
		" #     #",
		"#  #    ",
		"# ## # #",
		"##   #  ",
		"##      ",
		"  #   ##",
		" # ## # ",
		" #     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph129(scale int) []string {
	rows := []string{
		"   # # #",
		"# ### ##",
		"  #  # #",
		" ##  ###",
		"   ## ##",
		"  ####  ",
		"# ## #  ",
		"#   ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph130(scale int) []string {
	rows := []string{
		"## ## ##",
		"   ### #",
		"#  ###  ",
		"## #####",
		"    ##  ",
		"  #    #",
		"  ##    ",
		"#    # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph131(scale int) []string {
	rows := []string{
		" ## ####",
		"##   ###",
		"  ##### ",
		"####    ",
		" # #### ",
		"   ##  #",
		"     # #",
		" # #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph132(scale int) []string {
	rows := []string{
		"   # ## ",
		"## #  # ",
		"###  # #",
		"   ##   ",
		"# ##### ",
		"### ### ",
		"## # ###",
		"###### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph133(scale int) []string {
	rows := []string{
		"    ## #",
		"# #  # #",
		"#  ## # ",
		"     ## ",
		"        ",
		"      # ",
		"    ##  ",
		"##     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph134(scale int) []string {
	rows := []string{
		"#     ##",
		"   # ###",
		"  # ### ",
		" ## ##  ",
		"# #     ",
		"## # #  ",
		" ##     ",
		" ##### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph135(scale int) []string {
	rows := []string{
		"  # ##  ",
		" #    # ",
		"# ##  # ",
		"     ## ",
		"    #  #",
		"#     # ",
		" ## ####",
		"# # #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph136(scale int) []string {
	rows := []string{
		"## #    ",
		"   ##   ",
		" # #   #",
		"#    ## ",
		"# # ####",
		"   # ###",
		"##  #  #",
		"### ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph137(scale int) []string {
	rows := []string{
		" ####   ",
		"#   # ##",
		" #   #  ",
		"### ####",
		" #  ####",
		" #  # ##",
		"#  #  # ",
		"###  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph138(scale int) []string {
	rows := []string{
		"#   ##  ",
		"  ##   #",
		" #  #  #",
		"  # # ##",
		"  #  #  ",
		" #  # ##",
		"# ##    ",
		"#   ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph139(scale int) []string {
	rows := []string{
		"  ######",
		"### ## #",
		"#    # #",
		"# # # ##",
		"# #   ##",
		"     #  ",
		"# # # ##",
		"  #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph140(scale int) []string {
	rows := []string{
		"##   # #",
		"### # ##",
		"##### # ",
		"  # ## #",
		" ##   # ",
		"  # ### ",
		"# ##### ",
		" # # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph141(scale int) []string {
	rows := []string{
		"#  # # #",
		"#####  #",
		" # # # #",
		"#    ###",
		"  # ## #",
		" #  #   ",
		"  #  ###",
		" # ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph142(scale int) []string {
	rows := []string{
		"#  #### ",
		"#  #####",
		" #  ### ",
		"  ### # ",
		"##  # ##",
		"##### ##",
		"  ### # ",
		" ## ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph143(scale int) []string {
	rows := []string{
		"  ######",
		"#    ###",
		" ## #  #",
		"   #####",
		" ##### #",
		"    # ##",
		" # #  ##",
		"   ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph144(scale int) []string {
	rows := []string{
		"   ## ##",
		"# #   # ",
		"# # #   ",
		"### ## #",
		" ## # ##",
		"   ## # ",
		"  ##  # ",
		"########",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph145(scale int) []string {
	rows := []string{
		"###  # #",
		" #   #  ",
		" # #####",
		" ## # ##",
		"  ######",
		"  ##    ",
		"### #  #",
		" ##    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph146(scale int) []string {
	rows := []string{
		"       #",
		" #     #",
		"### ##  ",
		"  # #  #",
		"   #  ##",
		" # # #  ",
		"#   # # ",
		" # ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph147(scale int) []string {
	rows := []string{
		"# #   ##",
		"# ## # #",
		" #   # #",
		" ### #  ",
		"###  #  ",
		"#  #  ##",
		"### ### ",
		"   #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph148(scale int) []string {
	rows := []string{
		"# # #   ",
		" # #   #",
		"## ## # ",
		" # # #  ",
		"#    # #",
		"# ## ## ",
		" ##### #",
		" ## #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph149(scale int) []string {
	rows := []string{
		"## #  # ",
		"#  ## # ",
		" # #### ",
		" ##  # #",
		"#  #####",
		"     ## ",
		"######  ",
		" #   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph150(scale int) []string {
	rows := []string{
		"## ##  #",
		"   ###  ",
		"####### ",
		"#  #####",
		"   ##   ",
		"#    #  ",
		"  # ### ",
		"# ### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph151(scale int) []string {
	rows := []string{
		"   #  ##",
		" #    # ",
		"  # # # ",
		" #### # ",
		"#### ## ",
		"## #####",
		"# # ####",
		"#   ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph152(scale int) []string {
	rows := []string{
		"###     ",
		"##### # ",
		" #   # #",
		"##   ## ",
		"## ##  #",
		" ###    ",
		" ### ###",
		"### ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph153(scale int) []string {
	rows := []string{
		"## #### ",
		"##    # ",
		"   ## ##",
		"  ## ###",
		" # ###  ",
		"########",
		"    ####",
		"#   # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph154(scale int) []string {
	rows := []string{
		"#  # # #",
		" ##   ##",
		"#   ##  ",
		" ####  #",
		"   ### #",
		"##     #",
		"  # #   ",
		"## #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph155(scale int) []string {
	rows := []string{
		"  # #  #",
		"        ",
		" ## # # ",
		"# ###  #",
		"# # ####",
		"#  ## ##",
		"### ### ",
		"# # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph156(scale int) []string {
	rows := []string{
		"#### # #",
		"#  ## ##",
		" # # ###",
		"##  ####",
		" ###    ",
		" ### ###",
		"## # ###",
		" ##   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph157(scale int) []string {
	rows := []string{
		"#    ## ",
		" #   ## ",
		"##  # # ",
		"    #   ",
		"#  ##  #",
		"#   ## #",
		"   # ###",
		"###    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph158(scale int) []string {
	rows := []string{
		"#####   ",
		"###     ",
		"##   ## ",
		"    ##  ",
		" ###  ##",
		"#  ##   ",
		"#   #   ",
		"####  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph159(scale int) []string {
	rows := []string{
		"##  # ##",
		"    ### ",
		" ### ## ",
		" ### # #",
		" # #   #",
		"# ####  ",
		"#### # #",
		"## ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph160(scale int) []string {
	rows := []string{
		"  # # # ",
		"#  #   #",
		"########",
		"###  # #",
		"  #    #",
		"#  ## ##",
		"   ###  ",
		"#  #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph161(scale int) []string {
	rows := []string{
		"## #### ",
		" ###  ##",
		" ###### ",
		"#  # ## ",
		"#    #  ",
		"## # ## ",
		" ##  #  ",
		" ## ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph162(scale int) []string {
	rows := []string{
		"  ### ##",
		"### # ##",
		"#     ##",
		"## #### ",
		"##      ",
		"#  #   #",
		"# ## # #",
		"# # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph163(scale int) []string {
	rows := []string{
		" #### ##",
		"   # #  ",
		"  ####  ",
		"    ## #",
		"### # ##",
		" #### ##",
		"# ## ## ",
		"# ##    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph164(scale int) []string {
	rows := []string{
		"   # #  ",
		"   #### ",
		"## ## # ",
		"# ##    ",
		"#  #####",
		"   ##   ",
		"  # # # ",
		" ####   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph165(scale int) []string {
	rows := []string{
		"  ## ###",
		"### ### ",
		" #   ## ",
		"## # # #",
		"#   #   ",
		" #   #  ",
		"### #   ",
		"### ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph166(scale int) []string {
	rows := []string{
		" #  ## #",
		"#####  #",
		"##### # ",
		"###  ###",
		" ## #  #",
		" # ##   ",
		"##   # #",
		"   # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph167(scale int) []string {
	rows := []string{
		"## # # #",
		"  ######",
		"####   #",
		"#  #  ##",
		" ### # #",
		" #######",
		"####  ##",
		"#  ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph168(scale int) []string {
	rows := []string{
		" #####  ",
		" # #### ",
		" ##### #",
		"   ##   ",
		"# #   # ",
		"## #### ",
		"###  ## ",
		"  #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph169(scale int) []string {
	rows := []string{
		"#    ## ",
		"##   # #",
		" # #####",
		"#  ##   ",
		"#     ##",
		"#### #  ",
		" ## # # ",
		"  ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph170(scale int) []string {
	rows := []string{
		"## ## ##",
		" #     #",
		"   ###  ",
		"#  #    ",
		"  ##  ##",
		" #  ## #",
		" ##  #  ",
		"##   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph171(scale int) []string {
	rows := []string{
		" ### #  ",
		" #  #  #",
		" ## #  #",
		"##      ",
		" #  ##  ",
		"#  #####",
		"  # ####",
		"# #  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph172(scale int) []string {
	rows := []string{
		"##    # ",
		"## # # #",
		"## # ## ",
		"  ### ##",
		"   ## # ",
		"   ## ##",
		"     #  ",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph173(scale int) []string {
	rows := []string{
		" ##   ##",
		"#   #  #",
		"#   ### ",
		"    #   ",
		"  #  # #",
		"#    ###",
		" ## ## #",
		" # ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph174(scale int) []string {
	rows := []string{
		"#      #",
		" ####  #",
		" # #   #",
		"## ##   ",
		"## ## # ",
		"#  ##  #",
		" ##   # ",
		" #  #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph175(scale int) []string {
	rows := []string{
		"# ### ##",
		"  #  # #",
		"# ### ##",
		"# #    #",
		"   ##   ",
		"  #   ##",
		" # # #  ",
		"##      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph176(scale int) []string {
	rows := []string{
		"# ### ##",
		"#  #    ",
		"  # #   ",
		"######  ",
		" # #   #",
		" #     #",
		"#   #  #",
		"     ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph177(scale int) []string {
	rows := []string{
		"#### #  ",
		"# ######",
		" ## #   ",
		"####   #",
		"#  ### #",
		"# ## # #",
		"        ",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph178(scale int) []string {
	rows := []string{
		" ##  ## ",
		" ##    #",
		"  ##   #",
		"# #### #",
		"  ###   ",
		"   ### #",
		"##   #  ",
		"## ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph179(scale int) []string {
	rows := []string{
		" ###  # ",
		" #### # ",
		"#     ##",
		"#### ## ",
		" #####  ",
		"### ### ",
		"   #####",
		"## #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph180(scale int) []string {
	rows := []string{
		" # #  # ",
		"##   #  ",
		"##      ",
		"     #  ",
		"#  #### ",
		" # # #  ",
		"# ## ###",
		"# #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph181(scale int) []string {
	rows := []string{
		"##    ##",
		"### #  #",
		"###   ##",
		"  #     ",
		" ### ## ",
		" #    ##",
		" # ### #",
		"#  #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph182(scale int) []string {
	rows := []string{
		"########",
		"# #### #",
		" #  ##  ",
		"## #####",
		" ## ## #",
		" ##    #",
		"# # #  #",
		"### # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph183(scale int) []string {
	rows := []string{
		"     ###",
		"### #   ",
		" # ## # ",
		" #   # #",
		"# ### ##",
		"  #  #  ",
		"      # ",
		"    #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph184(scale int) []string {
	rows := []string{
		" # #  ##",
		"# ## #  ",
		"## #  # ",
		" #    # ",
		" #  #  #",
		"# #     ",
		"    ####",
		" # #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph185(scale int) []string {
	rows := []string{
		" ### # #",
		"  ## ###",
		"# ##### ",
		" ## ##  ",
		"  ###  #",
		" #     #",
		"  ###  #",
		"##  # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph186(scale int) []string {
	rows := []string{
		"    ## #",
		"###  ## ",
		"  #  ## ",
		"####### ",
		"##   ###",
		"   #  ##",
		" # ###  ",
		"  ###   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph187(scale int) []string {
	rows := []string{
		"## # ###",
		"## ## # ",
		"### # ##",
		"    ### ",
		"#  # #  ",
		"##  # ##",
		"  #   # ",
		" ## #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph188(scale int) []string {
	rows := []string{
		"##  ### ",
		"# ### ##",
		"#   ### ",
		" ####  #",
		"#   # # ",
		"### ##  ",
		" # #  ##",
		"# ###  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph189(scale int) []string {
	rows := []string{
		"  # ## #",
		" ##    #",
		"    # ##",
		"####  # ",
		" #  ##  ",
		"      ##",
		"     # #",
		"###   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph190(scale int) []string {
	rows := []string{
		" # ## ##",
		"  #     ",
		"   # # #",
		" ## ## #",
		"#  # # #",
		"# ###  #",
		" ## ## #",
		" ## ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph191(scale int) []string {
	rows := []string{
		" ##  ###",
		"##   ###",
		" #   #  ",
		"## ###  ",
		"##   # #",
		"## ## # ",
		"#   # # ",
		"####    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph192(scale int) []string {
	rows := []string{
		"#  ###  ",
		" # #   #",
		" #   #  ",
		"   ###  ",
		"#  ##  #",
		"#### ###",
		"#   ##  ",
		"  #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph193(scale int) []string {
	rows := []string{
		"     # #",
		" # #    ",
		"# #### #",
		"#### # #",
		" ## ## #",
		"####   #",
		"       #",
		"# #  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph194(scale int) []string {
	rows := []string{
		"## #### ",
		"      # ",
		"# ## ###",
		"   #  # ",
		"## # #  ",
		"# ##    ",
		" ##  #  ",
		"#   ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph195(scale int) []string {
	rows := []string{
		"# # ####",
		" ## ####",
		"        ",
		" # #### ",
		" #  ## #",
		"###  #  ",
		"# # ## #",
		"## # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph196(scale int) []string {
	rows := []string{
		"###  # #",
		"####  ##",
		"#    #  ",
		"  ##### ",
		" #    # ",
		"###  ###",
		" ### ###",
		"  ### # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph197(scale int) []string {
	rows := []string{
		"# ######",
		"  #  #  ",
		"####    ",
		"   # #  ",
		"#   ####",
		"    # ##",
		"# #     ",
		"        ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph198(scale int) []string {
	rows := []string{
		"     #  ",
		" # #    ",
		"#    ## ",
		"  ### ##",
		"  ###  #",
		"##      ",
		" ##     ",
		"# #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph199(scale int) []string {
	rows := []string{
		" ##   ##",
		"##  #   ",
		"# ##  ##",
		" ## # # ",
		"#  # #  ",
		"###   ##",
		"#### ###",
		"#   ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph200(scale int) []string {
	rows := []string{
		"##  #  #",
		"##### # ",
		" ##   # ",
		"####  # ",
		"  # ### ",
		" ##  ## ",
		"# ###  #",
		"#  # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph201(scale int) []string {
	rows := []string{
		"## # ## ",
		" #  ##  ",
		"  ##  # ",
		"  #   # ",
		"    #  #",
		" # #   #",
		"# # #  #",
		"# # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph202(scale int) []string {
	rows := []string{
		" ###   #",
		"  ##### ",
		"##   ## ",
		"#  #####",
		"### #   ",
		"# ###   ",
		"   #   #",
		"# # ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph203(scale int) []string {
	rows := []string{
		" #### # ",
		"# #    #",
		"  # ##  ",
		" # #    ",
		"# # #  #",
		"# # #   ",
		"#  ## ##",
		"   ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph204(scale int) []string {
	rows := []string{
		"###    #",
		"#    ## ",
		"##### ##",
		"  ## ## ",
		" #   ###",
		"# #  #  ",
		" ##  ###",
		" ##### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph205(scale int) []string {
	rows := []string{
		" ### # #",
		"#    ## ",
		" ### # #",
		"#  ## # ",
		"####    ",
		" # #  ##",
		"#### # #",
		"#       ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph206(scale int) []string {
	rows := []string{
		"##   ## ",
		"# #### #",
		" # #   #",
		"  #   # ",
		"## # # #",
		"# ####  ",
		"##  ### ",
		"  # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph207(scale int) []string {
	rows := []string{
		"# # ####",
		" ## ## #",
		"  #  # #",
		"  ##    ",
		"# # ### ",
		" ##     ",
		"  ## #  ",
		" ####  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph208(scale int) []string {
	rows := []string{
		"### ##  ",
		"###     ",
		" ## #   ",
		" #   # #",
		"#  # ###",
		" #   ## ",
		"#### ###",
		" # #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph209(scale int) []string {
	rows := []string{
		"  ####  ",
		" ### # #",
		"  ##  ##",
		"#  #   #",
		"## # ###",
		"#       ",
		"##  # # ",
		"# # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph210(scale int) []string {
	rows := []string{
		" # ## ##",
		"  #### #",
		"## #####",
		"## #    ",
		" ## ##  ",
		"# ##  ##",
		"### #  #",
		"##  ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph211(scale int) []string {
	rows := []string{
		" ###   #",
		"#### #  ",
		" ## ##  ",
		"# ### # ",
		"   # # #",
		"#    #  ",
		"### ####",
		"#      #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph212(scale int) []string {
	rows := []string{
		"   # ## ",
		"# ## #  ",
		"#       ",
		"#### #  ",
		"  ### ##",
		"   #    ",
		" ## # # ",
		" ##### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph213(scale int) []string {
	rows := []string{
		" # # #  ",
		"#  #  ##",
		"#     # ",
		"   ## # ",
		"###### #",
		"#  #####",
		"       #",
		"   #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph214(scale int) []string {
	rows := []string{
		"# # ## #",
		"###    #",
		" # #####",
		" ## # # ",
		" ###  # ",
		"#### ## ",
		"# #  ## ",
		" #     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph215(scale int) []string {
	rows := []string{
		"##  #   ",
		" ###    ",
		"###    #",
		" #    # ",
		"  ### ##",
		"   ###  ",
		"##### # ",
		"# # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph216(scale int) []string {
	rows := []string{
		" #   ## ",
		"  # #  #",
		"  # #   ",
		" ####  #",
		" # #####",
		"##  # # ",
		"    #   ",
		"#  ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph217(scale int) []string {
	rows := []string{
		"#  ## ##",
		"#  # ## ",
		" # # ###",
		" ####  #",
		"###   # ",
		" # ##   ",
		"# ## #  ",
		"###  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph218(scale int) []string {
	rows := []string{
		"#   #  #",
		"## #####",
		"## #####",
		"   ## # ",
		"   # ## ",
		"## # ## ",
		"## ## # ",
		" #     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph219(scale int) []string {
	rows := []string{
		"##   ## ",
		"# ######",
		" #### # ",
		"########",
		"   # ###",
		"## # ## ",
		" #######",
		" # #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph220(scale int) []string {
	rows := []string{
		"##   #  ",
		" ### ## ",
		"##   ###",
		"####  ##",
		" ##    #",
		"# # ### ",
		"    # # ",
		" # ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph221(scale int) []string {
	rows := []string{
		" #######",
		"### #   ",
		"##  ##  ",
		" ### #  ",
		" ### #  ",
		"### ### ",
		" ## # # ",
		"#  #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph222(scale int) []string {
	rows := []string{
		"## # # #",
		"  ##   #",
		"  #  #  ",
		"##  # ##",
		"# ###  #",
		"    ## #",
		"   #    ",
		"  # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph223(scale int) []string {
	rows := []string{
		" #  ## #",
		" ### ## ",
		"   #   #",
		"#   #   ",
		"     # #",
		"   # ## ",
		"##### # ",
		"## ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph224(scale int) []string {
	rows := []string{
		"  ###   ",
		" #  ## #",
		" #  # ##",
		"  ### # ",
		" #   ## ",
		"#    ###",
		"   # # #",
		"  #  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph225(scale int) []string {
	rows := []string{
		" ## ### ",
		"###     ",
		" ### ## ",
		" ### # #",
		"# ## ## ",
		"  # #  #",
		"## ## ##",
		"#    # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph226(scale int) []string {
	rows := []string{
		"      ##",
		" ####   ",
		" #   #  ",
		" #######",
		"   #### ",
		"   ## # ",
		"###### #",
		" #  ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph227(scale int) []string {
	rows := []string{
		"#  # ## ",
		"#    ## ",
		"#    # #",
		"    #   ",
		"    ### ",
		"#####  #",
		" ## #   ",
		"# #  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph228(scale int) []string {
	rows := []string{
		"#     # ",
		"  # #  #",
		" ##  #  ",
		"# # #   ",
		" ####   ",
		"  #     ",
		"# ##   #",
		"### ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph229(scale int) []string {
	rows := []string{
		"###  ###",
		" #  ####",
		"#    #  ",
		" #  ####",
		"## #####",
		"  # # # ",
		"  ###   ",
		" ### #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph230(scale int) []string {
	rows := []string{
		"  ##### ",
		" #   # #",
		"## #   #",
		"#  ### #",
		"  # #  #",
		" # # # #",
		"# ####  ",
		"####   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph231(scale int) []string {
	rows := []string{
		"#  ###  ",
		"### ####",
		"#   # ##",
		"## #### ",
		" ### # #",
		"   #####",
		"## ##  #",
		"#### ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph232(scale int) []string {
	rows := []string{
		"##    # ",
		" #  ####",
		"# # #  #",
		"# # # ##",
		"####### ",
		"##    # ",
		"   ### #",
		"#### ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph233(scale int) []string {
	rows := []string{
		" # ### #",
		"# ## # #",
		"     ## ",
		"## # # #",
		"#### # #",
		"##  #   ",
		"     ## ",
		" ### # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph234(scale int) []string {
	rows := []string{
		"  ##  ##",
		"####   #",
		"  ## # #",
		"     # #",
		" ##  # #",
		"## #  ##",
		"  # #  #",
		"#      #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph235(scale int) []string {
	rows := []string{
		"   # # #",
		" #### ##",
		"# ## ## ",
		"##  # # ",
		"##  #   ",
		"    ### ",
		" ###  # ",
		"#   ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph236(scale int) []string {
	rows := []string{
		" # #    ",
		"###    #",
		"  ######",
		" # #### ",
		"###   # ",
		"  # ## #",
		" ###### ",
		"#  # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph237(scale int) []string {
	rows := []string{
		"#       ",
		"#  ## # ",
		"# # # # ",
		"# ##### ",
		" ##     ",
		" #   # #",
		" ## ##  ",
		"### # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph238(scale int) []string {
	rows := []string{
		" #######",
		"##    ##",
		"###  #  ",
		"# ### ##",
		" # #    ",
		" #  ### ",
		"    # ##",
		" ## # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph239(scale int) []string {
	rows := []string{
		"## # ###",
		"#### # #",
		" #  # # ",
		"        ",
		"##  ## #",
		" #  ##  ",
		" ### #  ",
		" ##    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph240(scale int) []string {
	rows := []string{
		"    #  #",
		"# ## #  ",
		"####  # ",
		"####    ",
		" ###    ",
		"### ## #",
		" #  ##  ",
		"  #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph241(scale int) []string {
	rows := []string{
		" ###  # ",
		"  ## ## ",
		" ####   ",
		"####    ",
		"#    #  ",
		"# ### # ",
		"## #####",
		"## #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph242(scale int) []string {
	rows := []string{
		"  ##### ",
		"#  #  # ",
		"  # ### ",
		"### ## #",
		"# ######",
		" # ###  ",
		"  #    #",
		"# #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph243(scale int) []string {
	rows := []string{
		" #   ###",
		"  # #   ",
		"###  #  ",
		"   # ###",
		"# ##### ",
		"# # ## #",
		"  #  ## ",
		"##  ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph244(scale int) []string {
	rows := []string{
		"  ### ##",
		"#    ## ",
		"     #  ",
		" ### #  ",
		"  # #  #",
		" # ###  ",
		"  ######",
		"##  # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph245(scale int) []string {
	rows := []string{
		" # ##  #",
		"#    ###",
		" # # ###",
		"# ## # #",
		"### #   ",
		"## # ## ",
		"  ### ##",
		"    ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph246(scale int) []string {
	rows := []string{
		" #     #",
		"# #   ##",
		" # #   #",
		"#   #  #",
		"  # # ##",
		"#    #  ",
		"## #  ##",
		"# #     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph247(scale int) []string {
	rows := []string{
		" # # ## ",
		"     ## ",
		"##  #   ",
		" ###  ##",
		"  ##  ##",
		"  ###   ",
		" # #  # ",
		" ###    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph248(scale int) []string {
	rows := []string{
		"####  # ",
		" ## #   ",
		"  #### #",
		"#  ###  ",
		"## # ###",
		"# ### ##",
		"###  #  ",
		"### ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph249(scale int) []string {
	rows := []string{
		"  ## ###",
		"  # # # ",
		"##  ####",
		" ##     ",
		" ## ##  ",
		"##  ### ",
		" ##  ## ",
		"  ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph250(scale int) []string {
	rows := []string{
		"   #    ",
		" # ##  #",
		"### # ##",
		" # # ###",
		"### ### ",
		"###   # ",
		"####  # ",
		"#  #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph251(scale int) []string {
	rows := []string{
		" ## # ##",
		"### ### ",
		" ### ###",
		"   #   #",
		"## # ## ",
		"  ##    ",
		"### ### ",
		"#   ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph252(scale int) []string {
	rows := []string{
		" ### #  ",
		"### ## #",
		"# # ####",
		" # ##   ",
		"# # #  #",
		" ## ####",
		"#  #####",
		"  ##   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph253(scale int) []string {
	rows := []string{
		"#### #  ",
		"  ###   ",
		"#   ##  ",
		"#####  #",
		"# # # ##",
		"## ## ##",
		"   #### ",
		"  ###   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph254(scale int) []string {
	rows := []string{
		"  ## #  ",
		"  # ##  ",
		" # #### ",
		"# #   ##",
		"## ###  ",
		"   # ###",
		"# # ## #",
		"  #  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph255(scale int) []string {
	rows := []string{
		"#  ## ##",
		" #   ###",
		"#### ###",
		"  ##### ",
		" ##  ###",
		"  ## #  ",
		"#      #",
		"#   # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph256(scale int) []string {
	rows := []string{
		"# ##   #",
		"##  ##  ",
		"#### ## ",
		"## #  # ",
		"# # ##  ",
		"#    #  ",
		" # # # #",
		"    ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph257(scale int) []string {
	rows := []string{
		"##  ##  ",
		" ##     ",
		"# ###  #",
		"        ",
		"  # # ##",
		"    #   ",
		"#    # #",
		"#   #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph258(scale int) []string {
	rows := []string{
		"#   ### ",
		"   ## ##",
		" ###### ",
		"#   # # ",
		"# #   # ",
		"#  #    ",
		"###   ##",
		"# ### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph259(scale int) []string {
	rows := []string{
		"####    ",
		"# ## # #",
		" ## ##  ",
		"# #   # ",
		"#  #   #",
		"### ##  ",
		" #  ### ",
		"  ## ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph260(scale int) []string {
	rows := []string{
		" ##   # ",
		"# #     ",
		" ###### ",
		"# #  ## ",
		" #  #   ",
		"### # # ",
		"#### # #",
		"# #  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph261(scale int) []string {
	rows := []string{
		" ##  #  ",
		"#   ## #",
		"  ### ##",
		"   #####",
		"  ### # ",
		"# ##   #",
		"##  # ##",
		"###  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph262(scale int) []string {
	rows := []string{
		"### #  #",
		"#### # #",
		"#  ## ##",
		"### #   ",
		"   ### #",
		"# ##    ",
		"  ##  # ",
		"###    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph263(scale int) []string {
	rows := []string{
		"#  #### ",
		"## ###  ",
		"#  # # #",
		"#       ",
		"    ### ",
		"#####  #",
		"## #### ",
		"##### # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph264(scale int) []string {
	rows := []string{
		"###  ## ",
		"     #  ",
		"##    # ",
		"  # ####",
		"  # #  #",
		"##   #  ",
		"  #  ###",
		"###### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph265(scale int) []string {
	rows := []string{
		" # #####",
		" #####  ",
		" # ###  ",
		" ##     ",
		"  #  ###",
		"## ##  #",
		" # #  # ",
		"#  #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph266(scale int) []string {
	rows := []string{
		" # ## ##",
		"###  ## ",
		" #   ###",
		"    ##  ",
		"   ##   ",
		"## ## ##",
		"#### ###",
		"#   # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph267(scale int) []string {
	rows := []string{
		" # ##   ",
		"# ######",
		" ###   #",
		"# # ### ",
		" ## ## #",
		"#      #",
		"   #  # ",
		" # # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph268(scale int) []string {
	rows := []string{
		"  ##  ##",
		"########",
		" # # # #",
		"## ##  #",
		"## #  ##",
		" ## #  #",
		"# ##### ",
		" # #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph269(scale int) []string {
	rows := []string{
		"  ##  # ",
		"# # #  #",
		" #  # ##",
		" # # #  ",
		"  #  #  ",
		"## #  # ",
		"## #    ",
		"#  ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph270(scale int) []string {
	rows := []string{
		" # #  ##",
		" ##  #  ",
		" ##     ",
		"### ##  ",
		"#    #  ",
		"# # ### ",
		" # # ## ",
		"# # #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph271(scale int) []string {
	rows := []string{
		"  ###  #",
		"#### ## ",
		" ##  # #",
		"   # ## ",
		" #  #  #",
		"    # ##",
		" # ## ##",
		" #####  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph272(scale int) []string {
	rows := []string{
		"## ###  ",
		"#  ##   ",
		"# #  # #",
		"# ######",
		"## ## ##",
		"  #     ",
		"### ### ",
		"#  ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph273(scale int) []string {
	rows := []string{
		"  ##   #",
		"# ##  # ",
		"#####  #",
		"  ## ## ",
		" ####   ",
		" # #  # ",
		"####   #",
		"   ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph274(scale int) []string {
	rows := []string{
		"    ## #",
		"#   ## #",
		" # ###  ",
		"        ",
		" ### ###",
		"#   ####",
		"# ## #  ",
		"#  #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph275(scale int) []string {
	rows := []string{
		" ##  ## ",
		" ###### ",
		" #  #   ",
		"####  ##",
		"       #",
		" ## #  #",
		"#### ## ",
		" ##  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph276(scale int) []string {
	rows := []string{
		"    ### ",
		"  ##### ",
		" #     #",
		"## #    ",
		"#  ### #",
		"## ### #",
		"# # # # ",
		"   # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph277(scale int) []string {
	rows := []string{
		"  ###  #",
		"### ### ",
		" #  #   ",
		"##### # ",
		"# # # ##",
		"###### #",
		" #####  ",
		"# # ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph278(scale int) []string {
	rows := []string{
		"   #  # ",
		"        ",
		"## ##   ",
		"#  ## ##",
		"## # # #",
		"#   ### ",
		"  ## ###",
		"  ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph279(scale int) []string {
	rows := []string{
		" # ##  #",
		"#  #   #",
		"#####  #",
		"# #     ",
		" #    # ",
		"##  ##  ",
		"#    #  ",
		"#  ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph280(scale int) []string {
	rows := []string{
		"  #  ## ",
		"## # ###",
		" ### ###",
		" #  ####",
		"### ## #",
		"### ##  ",
		"##  ##  ",
		"# # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph281(scale int) []string {
	rows := []string{
		"#   ##  ",
		"    # # ",
		"## #### ",
		"### # # ",
		"  #   # ",
		"  #  ## ",
		"  ##  ##",
		" #      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph282(scale int) []string {
	rows := []string{
		"  # #  #",
		"     # #",
		"##    # ",
		"###  # #",
		"  #     ",
		"## ## # ",
		"#  ## # ",
		"## #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph283(scale int) []string {
	rows := []string{
		"## # # #",
		"      ##",
		" #   ###",
		"   # #  ",
		"##   ## ",
		"  ##  # ",
		"   ##   ",
		"# # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph284(scale int) []string {
	rows := []string{
		"###     ",
		"  ###  #",
		"  ##### ",
		"##  # ##",
		"# #  ###",
		"# #  # #",
		"# #    #",
		" #  ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph285(scale int) []string {
	rows := []string{
		"    # # ",
		"# ## ## ",
		" ## ## #",
		"## #    ",
		"# ## #  ",
		"     ###",
		" #  #   ",
		"# #  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph286(scale int) []string {
	rows := []string{
		"## # # #",
		"####  # ",
		"#### # #",
		"  ##### ",
		"### ## #",
		"#      #",
		"## # # #",
		" # ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph287(scale int) []string {
	rows := []string{
		"# # #   ",
		"##  #  #",
		"# ### ##",
		"# ## # #",
		"  #     ",
		"## # ## ",
		"# # ####",
		" ###  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph288(scale int) []string {
	rows := []string{
		"# # # # ",
		"  ##   #",
		"  ###  #",
		"####    ",
		"  ## # #",
		"#  # ###",
		"  # #  #",
		"#   # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph289(scale int) []string {
	rows := []string{
		"#  #    ",
		"##### # ",
		"  # # ##",
		"# #    #",
		"  # # ##",
		"  ##    ",
		" # #### ",
		" #  ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph290(scale int) []string {
	rows := []string{
		"# ## ###",
		"### # # ",
		"  ##   #",
		" #   # #",
		" #  # # ",
		" #  ## #",
		"## # #  ",
		"# #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph291(scale int) []string {
	rows := []string{
		"##   ## ",
		"##  # ##",
		"##  ### ",
		"#     ##",
		" ###  ##",
		"#  ### #",
		" # #    ",
		" #  #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph292(scale int) []string {
	rows := []string{
		"## ### #",
		"   # ###",
		"# #  ###",
		"# ##   #",
		"   # # #",
		" ### #  ",
		" ###  ##",
		"##      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph293(scale int) []string {
	rows := []string{
		"  # ### ",
		"### ####",
		"#  # #  ",
		"##   # #",
		" ### ## ",
		"##### # ",
		" ####   ",
		"#   #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph294(scale int) []string {
	rows := []string{
		"### ### ",
		" ### #  ",
		"#  ## # ",
		" #     #",
		" #      ",
		"## ##  #",
		" #  #  #",
		"####### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph295(scale int) []string {
	rows := []string{
		"# ##  # ",
		"##  ##  ",
		"# #     ",
		"#    # #",
		"#    ## ",
		"## ###  ",
		"##  ####",
		"      # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph296(scale int) []string {
	rows := []string{
		"  #     ",
		"#####   ",
		"## #    ",
		"##  # ##",
		"   #####",
		"  ## #  ",
		"# ##   #",
		"##    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph297(scale int) []string {
	rows := []string{
		"   ##  #",
		"##   # #",
		"### #  #",
		"#   ##  ",
		"# # #  #",
		"# # # ##",
		"####    ",
		"# # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph298(scale int) []string {
	rows := []string{
		"#  #### ",
		" ###   #",
		"     #  ",
		"#    #  ",
		"#  # # #",
		"###   # ",
		" ##### #",
		"## #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph299(scale int) []string {
	rows := []string{
		"   ##  #",
		"### # # ",
		"  ## # #",
		"## ## # ",
		" #  #  #",
		"   # #  ",
		" ## # ##",
		"   # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph300(scale int) []string {
	rows := []string{
		" # ##  #",
		"##  ##  ",
		" # ##   ",
		"## #    ",
		"# ### ##",
		"      # ",
		"## #  ##",
		"# #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph301(scale int) []string {
	rows := []string{
		"#  #####",
		" ## #  #",
		"   ## ##",
		"       #",
		"# # # ##",
		"    ##  ",
		"  #    #",
		"#   ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph302(scale int) []string {
	rows := []string{
		" # # # #",
		" ##  ## ",
		"       #",
		"  ##   #",
		"  #     ",
		"  #   # ",
		"## #####",
		"###### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph303(scale int) []string {
	rows := []string{
		"## #####",
		"   ##  #",
		"## #   #",
		"  ##    ",
		"  #   ##",
		"  # #  #",
		"######  ",
		"## #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph304(scale int) []string {
	rows := []string{
		"### #  #",
		" ##    #",
		"### ##  ",
		"#  #  # ",
		"    ##  ",
		"## ##  #",
		" ####  #",
		"#  ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph305(scale int) []string {
	rows := []string{
		"# ######",
		"###  #  ",
		" ##    #",
		"###   ##",
		"####   #",
		"   ##   ",
		"########",
		"#   # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph306(scale int) []string {
	rows := []string{
		" ##  # #",
		"  #   # ",
		"#####   ",
		"# ##  ##",
		"#  ##   ",
		" #  ### ",
		"#  # ## ",
		"# #  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph307(scale int) []string {
	rows := []string{
		"#  ## # ",
		"    #   ",
		" ##  # #",
		" ###### ",
		" #  #   ",
		" #### ##",
		"### # # ",
		"  ## # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph308(scale int) []string {
	rows := []string{
		"# # # # ",
		"  # # ##",
		"  ## ## ",
		" #     #",
		"#   # ##",
		"   #   #",
		"##   # #",
		"     ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph309(scale int) []string {
	rows := []string{
		"        ",
		"# #    #",
		"####  # ",
		"  # ####",
		"    # # ",
		"# # ## #",
		"    # # ",
		"# # ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph310(scale int) []string {
	rows := []string{
		"# # ## #",
		"  ##### ",
		"#    #  ",
		"      ##",
		" ####  #",
		" # # ###",
		" # #### ",
		"#  #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph311(scale int) []string {
	rows := []string{
		"##     #",
		" ###### ",
		" #  ### ",
		" ###   #",
		"## # # #",
		"# # #   ",
		" #####  ",
		"#### ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph312(scale int) []string {
	rows := []string{
		"#   # # ",
		"##    ##",
		"        ",
		"  ####  ",
		"     ###",
		"#    # #",
		"#  ### #",
		"# # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph313(scale int) []string {
	rows := []string{
		"  #  ## ",
		"# ##   #",
		" #      ",
		" ##    #",
		" ## ### ",
		" #    ##",
		"# ##  # ",
		"  ##  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph314(scale int) []string {
	rows := []string{
		"     ###",
		"###### #",
		" #  ##  ",
		"   ## ##",
		"  ##### ",
		"   # ###",
		"###     ",
		"# # # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph315(scale int) []string {
	rows := []string{
		"  ##    ",
		" ###   #",
		"# # #  #",
		"  ##  ##",
		"# #    #",
		" ## ### ",
		" ##  #  ",
		"   #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph316(scale int) []string {
	rows := []string{
		"  ### # ",
		"### ####",
		" ###    ",
		"## ###  ",
		"# ## # #",
		" # #####",
		" # #####",
		"   ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph317(scale int) []string {
	rows := []string{
		"  ###   ",
		"## # # #",
		"   #   #",
		"##  #   ",
		" #  ##  ",
		" ###  ##",
		" ### # #",
		" # #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph318(scale int) []string {
	rows := []string{
		"  ###  #",
		"## # #  ",
		"  ##    ",
		"##    # ",
		"  #   # ",
		" #######",
		"#  #    ",
		"#       ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph319(scale int) []string {
	rows := []string{
		"  # ### ",
		"## #  # ",
		"# #### #",
		"  # #  #",
		"## # #  ",
		" #   # #",
		"# #   ##",
		"# ##   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph320(scale int) []string {
	rows := []string{
		"# #  ## ",
		"#   ##  ",
		"# # # # ",
		"###    #",
		"# ##  # ",
		" # # ###",
		"## ##   ",
		"##### # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph321(scale int) []string {
	rows := []string{
		"## #  # ",
		"  ### ##",
		"# ###   ",
		"####  # ",
		"  #  ###",
		" ## ##  ",
		" # # # #",
		"### #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph322(scale int) []string {
	rows := []string{
		"   ## # ",
		"  # ####",
		" # # ###",
		"# # # ##",
		"###  ###",
		"  # ##  ",
		" #### ##",
		"#   # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph323(scale int) []string {
	rows := []string{
		"# ###  #",
		"# ### ##",
		"#       ",
		"####  ##",
		"## ###  ",
		"# # #  #",
		"# ###  #",
		"########",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph324(scale int) []string {
	rows := []string{
		" # #### ",
		"# ##    ",
		" # #    ",
		"# ### ##",
		"# #  ## ",
		" #      ",
		" # ###  ",
		"  ## #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph325(scale int) []string {
	rows := []string{
		"##  ## #",
		"# #  ###",
		"##  ## #",
		"# ## ## ",
		" #### # ",
		"       #",
		"   #### ",
		"# #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph326(scale int) []string {
	rows := []string{
		"#### # #",
		"# # ## #",
		" ### # #",
		"    # # ",
		" #      ",
		"  # ## #",
		"###  # #",
		"  # #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph327(scale int) []string {
	rows := []string{
		" ## ## #",
		"    #   ",
		"## # # #",
		"   # #  ",
		"  ######",
		"##   ###",
		"# # # ##",
		"##   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph328(scale int) []string {
	rows := []string{
		"#  ## # ",
		"# #   # ",
		" #   ## ",
		"  #### #",
		"##    ##",
		"#  # # #",
		"  # ##  ",
		"  ### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph329(scale int) []string {
	rows := []string{
		"##  ### ",
		"# ######",
		"## ### #",
		"##      ",
		"    #  #",
		"  ##  # ",
		" #  # ##",
		" ##  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph330(scale int) []string {
	rows := []string{
		"###  ###",
		"   # ###",
		"# ###  #",
		"#   # ##",
		" # ###  ",
		"###    #",
		" #### ##",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph331(scale int) []string {
	rows := []string{
		" # # ## ",
		"## # #  ",
		"#     ##",
		"#  # # #",
		"##  #   ",
		"#### # #",
		"##  # ##",
		" # ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph332(scale int) []string {
	rows := []string{
		" # #   #",
		" #   ## ",
		"#### # #",
		"# # # # ",
		" ##### #",
		"####   #",
		" # # ## ",
		"#    ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph333(scale int) []string {
	rows := []string{
		"# # ## #",
		"#  # #  ",
		"### #  #",
		"#   #  #",
		"  #  #  ",
		"########",
		"## #  ##",
		"#    # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph334(scale int) []string {
	rows := []string{
		"### ### ",
		" # # ###",
		" #   # #",
		"   ##  #",
		" #     #",
		"  ###   ",
		"# ##  # ",
		"##### # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph335(scale int) []string {
	rows := []string{
		"#    #  ",
		"      ##",
		"#  ## ##",
		" #  # ##",
		" # ### #",
		" #   ## ",
		"##### ##",
		"  ##    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph336(scale int) []string {
	rows := []string{
		"  ### # ",
		"###  # #",
		"# ## # #",
		"##  #   ",
		"#     # ",
		"   ### #",
		"    ## #",
		"  #  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph337(scale int) []string {
	rows := []string{
		" ## # # ",
		"##  ### ",
		"        ",
		" ## # # ",
		"#  # # #",
		"#  #### ",
		"##   # #",
		" # # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph338(scale int) []string {
	rows := []string{
		"## # ###",
		"####  # ",
		"#   # ##",
		"####### ",
		"# #### #",
		"##    ##",
		"### ## #",
		"# #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph339(scale int) []string {
	rows := []string{
		" #  ##  ",
		"#### ## ",
		"#  # ## ",
		"###  # #",
		" #####  ",
		"# ##  # ",
		"  ## # #",
		"# # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph340(scale int) []string {
	rows := []string{
		"# ###  #",
		"    # ##",
		"#   #   ",
		"#####  #",
		" #   ###",
		"##  ##  ",
		"  ### ##",
		"###  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph341(scale int) []string {
	rows := []string{
		"#  # ## ",
		"## #    ",
		" ## ##  ",
		"#####  #",
		"   #    ",
		" #  #  #",
		"#  # #  ",
		"#### # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph342(scale int) []string {
	rows := []string{
		"# ##    ",
		"#  # # #",
		"##  ## #",
		" # # #  ",
		"####### ",
		"## ## ##",
		"        ",
		" #   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph343(scale int) []string {
	rows := []string{
		" ### #  ",
		"#  ## # ",
		"#  ###  ",
		"## #####",
		"  # # ##",
		" ## #  #",
		" ##  # #",
		"# #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph344(scale int) []string {
	rows := []string{
		" #  #  #",
		"# # ####",
		"  ##    ",
		"#  #### ",
		"####   #",
		"## #    ",
		"# # ## #",
		"#   # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph345(scale int) []string {
	rows := []string{
		"   # ## ",
		" #  # # ",
		" #   ###",
		"#### # #",
		"### # # ",
		"#### #  ",
		"   # #  ",
		" #    # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph346(scale int) []string {
	rows := []string{
		"   # ###",
		"#   #   ",
		"######  ",
		"  ##    ",
		"####  # ",
		"# ##    ",
		"    #   ",
		"### ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph347(scale int) []string {
	rows := []string{
		"    #   ",
		"   ## ##",
		"## ## ##",
		"##  ##  ",
		"    #   ",
		"##  ####",
		"##    ##",
		"     ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph348(scale int) []string {
	rows := []string{
		"# # ## #",
		" #      ",
		"#  ##  #",
		"########",
		" ###   #",
		"   #  # ",
		"### #  #",
		" #    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph349(scale int) []string {
	rows := []string{
		"# # # ##",
		"#   ##  ",
		"#  # # #",
		" # # ## ",
		"#  # #  ",
		"   # ###",
		" #### ##",
		"## #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph350(scale int) []string {
	rows := []string{
		"## # ###",
		" ##   ##",
		" # #### ",
		" ####   ",
		"# ######",
		"## # #  ",
		" #   ## ",
		"#   ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph351(scale int) []string {
	rows := []string{
		" #  ## #",
		"     ###",
		"####    ",
		" ###  # ",
		"#### #  ",
		"   #   #",
		"  ## ## ",
		" ## # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph352(scale int) []string {
	rows := []string{
		"# #   # ",
		"#  # # #",
		" # #   #",
		"###    #",
		" ## ### ",
		" #      ",
		"  #   # ",
		"# # # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph353(scale int) []string {
	rows := []string{
		"      ##",
		" #  ##  ",
		"     ## ",
		"#  #### ",
		"### #   ",
		" # #####",
		" #### # ",
		" #   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph354(scale int) []string {
	rows := []string{
		"# ##    ",
		"  #  #  ",
		"##    # ",
		"#   # # ",
		"##  # # ",
		"# # #   ",
		"#   ### ",
		"#    # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph355(scale int) []string {
	rows := []string{
		"# # ### ",
		" ###### ",
		"#  # # #",
		" #   ## ",
		"    ## #",
		"#### #  ",
		"#####   ",
		"  # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph356(scale int) []string {
	rows := []string{
		" ##  ###",
		"### ####",
		"     ###",
		" ####  #",
		"  # # # ",
		"##    # ",
		"##  #  #",
		"## #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph357(scale int) []string {
	rows := []string{
		" ###  ##",
		"  ###  #",
		" #   #  ",
		"   ## # ",
		"## # ###",
		" # #### ",
		"##      ",
		" # ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph358(scale int) []string {
	rows := []string{
		" ### # #",
		"     ###",
		"## ##  #",
		"#  #  ##",
		"     #  ",
		"  ##    ",
		"  ##   #",
		"  ## #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph359(scale int) []string {
	rows := []string{
		"####### ",
		"# #  ###",
		" #### ##",
		"#  # ###",
		"# # ####",
		" # # # #",
		"# # #   ",
		"###### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph360(scale int) []string {
	rows := []string{
		"#   #   ",
		"# #  #  ",
		"   ###  ",
		" ##  ## ",
		"# # # ##",
		"#  ### #",
		"## ###  ",
		"##  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph361(scale int) []string {
	rows := []string{
		"#   # ##",
		"#   ##  ",
		"#   ####",
		"  ##   #",
		"       #",
		"###  # #",
		"# #### #",
		"###  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph362(scale int) []string {
	rows := []string{
		"##   ## ",
		"    ####",
		"     # #",
		"#  ## # ",
		"# ##  ##",
		" # # ###",
		"  #  ## ",
		"  ## ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph363(scale int) []string {
	rows := []string{
		"   ##  #",
		"  # ## #",
		" ##  # #",
		" ##### #",
		"##  ####",
		"  #   ##",
		" ###   #",
		"##  ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph364(scale int) []string {
	rows := []string{
		" # ## ##",
		"  #  ###",
		"# # ####",
		"  # #  #",
		" # ##   ",
		" #  #   ",
		"# ##   #",
		"## # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph365(scale int) []string {
	rows := []string{
		"# ##### ",
		" #####  ",
		"  #  #  ",
		"# ## #  ",
		"#      #",
		"    #  #",
		"####### ",
		" #  #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph366(scale int) []string {
	rows := []string{
		"  ### # ",
		"##  ####",
		" #####  ",
		"# #### #",
		"  # # # ",
		"# ######",
		"## #  # ",
		"  # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph367(scale int) []string {
	rows := []string{
		" #####  ",
		" ### ###",
		"  #  ## ",
		"## # ###",
		"# ## # #",
		"#  ## # ",
		"##  #  #",
		"#     # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph368(scale int) []string {
	rows := []string{
		"##   #  ",
		" ## ### ",
		"## #    ",
		"## #  # ",
		"  ## ## ",
		"# # ### ",
		"#  # #  ",
		"  ## ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph369(scale int) []string {
	rows := []string{
		" # # # #",
		"## ##   ",
		"    #   ",
		"#      #",
		" #  #   ",
		"#  # # #",
		"    ## #",
		" ## #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph370(scale int) []string {
	rows := []string{
		"    #   ",
		"  ###   ",
		"##      ",
		"## ###  ",
		"    # ##",
		"#### ## ",
		"  #     ",
		"### #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph371(scale int) []string {
	rows := []string{
		" ##     ",
		"## ## ##",
		" # ### #",
		"  ## ## ",
		"  ##  # ",
		"##    ##",
		"## ##  #",
		"# ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph372(scale int) []string {
	rows := []string{
		"  #  #  ",
		" #####  ",
		"  ###  #",
		" # #####",
		" # #####",
		"#    ## ",
		"#  ##   ",
		"# #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph373(scale int) []string {
	rows := []string{
		"  # #  #",
		"#   # ##",
		" # ###  ",
		" # ##  #",
		"# #   ##",
		"#### ###",
		" #####  ",
		" #    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph374(scale int) []string {
	rows := []string{
		"## ##   ",
		"  #  # #",
		" #  ## #",
		"# # # # ",
		"##     #",
		"     ## ",
		"##   #  ",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph375(scale int) []string {
	rows := []string{
		"# ##  ##",
		" #   ## ",
		" # ## # ",
		"# #    #",
		"# ## ## ",
		"## # # #",
		"#  ### #",
		"   ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph376(scale int) []string {
	rows := []string{
		"##  #  #",
		"# #   ##",
		"     ###",
		" ## ## #",
		" #  ##  ",
		"#### #  ",
		"   # ###",
		" #  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph377(scale int) []string {
	rows := []string{
		" ##     ",
		" # #  ##",
		"# ###  #",
		"  ## #  ",
		"#  # ## ",
		"#  ## ##",
		"##  ## #",
		"# #  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph378(scale int) []string {
	rows := []string{
		" ##     ",
		"    ## #",
		" #  #   ",
		" #  # ##",
		"##### ##",
		" #### # ",
		"   #####",
		"  ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph379(scale int) []string {
	rows := []string{
		"##  # ##",
		"##  # ##",
		" ##    #",
		" ##  ###",
		"#    ## ",
		"     ## ",
		"   #  # ",
		"# ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph380(scale int) []string {
	rows := []string{
		" ## ##  ",
		"####### ",
		" # ## ##",
		"      ##",
		"#    # #",
		"   ##  #",
		"  #    #",
		"# ###   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph381(scale int) []string {
	rows := []string{
		"##     #",
		"#   # # ",
		" #    # ",
		" ##  # #",
		"#   ####",
		"# #     ",
		"#  ##  #",
		"#### ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph382(scale int) []string {
	rows := []string{
		"  ##### ",
		"###  ###",
		"  #### #",
		" # ## ##",
		" ###  # ",
		" ## ## #",
		"    ##  ",
		"    ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph383(scale int) []string {
	rows := []string{
		"  ## ###",
		"###     ",
		"###  ###",
		"## ###  ",
		" #  ##  ",
		" # #  ##",
		" ## # # ",
		" #  ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph384(scale int) []string {
	rows := []string{
		" #  # ##",
		"### # # ",
		" ###  ##",
		"###   ##",
		"##  ### ",
		"## # ## ",
		"       #",
		"      # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph385(scale int) []string {
	rows := []string{
		"#### ###",
		"# # # # ",
		" #      ",
		"## ### #",
		" #  ####",
		"  # #   ",
		"####   #",
		" ## # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph386(scale int) []string {
	rows := []string{
		"## ##  #",
		"        ",
		"    ## #",
		"##  ### ",
		" # ##   ",
		"   ##   ",
		"   #  ##",
		" #  # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph387(scale int) []string {
	rows := []string{
		"# #### #",
		"  #  ## ",
		"###    #",
		"#  #    ",
		" # #    ",
		"   ## ##",
		"## # ## ",
		" ## # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph388(scale int) []string {
	rows := []string{
		"#      #",
		"  ## #  ",
		"## ###  ",
		"# ##    ",
		"##  # ##",
		"### # ##",
		"     ###",
		" #  ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph389(scale int) []string {
	rows := []string{
		"  # ## #",
		"## #    ",
		"   ## # ",
		"# # #  #",
		"##  # # ",
		"# #   ##",
		" ## ## #",
		"###   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph390(scale int) []string {
	rows := []string{
		"#       ",
		"  # # ##",
		"#      #",
		"      ##",
		"##### ##",
		" ### #  ",
		" #  ####",
		"#  # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph391(scale int) []string {
	rows := []string{
		"### # # ",
		" ##    #",
		"  #### #",
		" #  ### ",
		"     ## ",
		"   # ###",
		"#  ###  ",
		"        ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph392(scale int) []string {
	rows := []string{
		"### ## #",
		"#   # ##",
		"       #",
		" ## ### ",
		"#    ## ",
		"##### # ",
		"##### # ",
		" #  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph393(scale int) []string {
	rows := []string{
		"##  # ##",
		"  #     ",
		"###   # ",
		"  ## ###",
		" ###   #",
		"#  ### #",
		"  ## ## ",
		"   ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph394(scale int) []string {
	rows := []string{
		"  ##### ",
		"#     ##",
		" #   # #",
		" # ### #",
		"  # ### ",
		"#####  #",
		" # #  # ",
		"# ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph395(scale int) []string {
	rows := []string{
		"## #    ",
		" #   # #",
		"### #   ",
		"#   #   ",
		" # ###  ",
		"## ### #",
		" # # #  ",
		"# ##  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph396(scale int) []string {
	rows := []string{
		"  ##  ##",
		" #   #  ",
		" #  #   ",
		"## # #  ",
		"   #### ",
		"#    ###",
		"########",
		"#  ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph397(scale int) []string {
	rows := []string{
		"  #    #",
		" #   # #",
		"      # ",
		"  ### # ",
		" # # ## ",
		"## #####",
		" # ### #",
		"#### #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph398(scale int) []string {
	rows := []string{
		" # # ## ",
		" # #   #",
		"   ### #",
		"# # ## #",
		"#  #  # ",
		"    ### ",
		"#       ",
		"##  ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph399(scale int) []string {
	rows := []string{
		"      ##",
		" ###  # ",
		"#  #   #",
		"###    #",
		" ### # #",
		"##  ## #",
		"#### ## ",
		"### # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph400(scale int) []string {
	rows := []string{
		"     # #",
		"#   ##  ",
		"    ####",
		" #     #",
		"  # # ##",
		"  #    #",
		" #  #  #",
		" # ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph401(scale int) []string {
	rows := []string{
		"    ## #",
		"    # ##",
		"# ###  #",
		"# # #  #",
		"##  ## #",
		" ## #   ",
		"#  #    ",
		"##  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph402(scale int) []string {
	rows := []string{
		"  ####  ",
		"   ## ##",
		"## # ###",
		" #     #",
		" #######",
		" # #   #",
		" # # # #",
		" ###   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph403(scale int) []string {
	rows := []string{
		"#####   ",
		" ### ###",
		"## #  # ",
		"##  ####",
		" # ### #",
		"  #  ## ",
		" ### ## ",
		"     ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph404(scale int) []string {
	rows := []string{
		" ### ## ",
		"##   ###",
		"##     #",
		"## # #  ",
		" # ### #",
		" #    ##",
		" ##  #  ",
		"#      #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph405(scale int) []string {
	rows := []string{
		"# ##  ##",
		" # # ###",
		"### ### ",
		"     ###",
		"#### ###",
		"  #   ##",
		"######  ",
		" # ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph406(scale int) []string {
	rows := []string{
		"##  # ##",
		" # #  ##",
		" # #   #",
		"#      #",
		" #  ### ",
		"### #   ",
		"#    ###",
		"# ######",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph407(scale int) []string {
	rows := []string{
		" ##  ## ",
		" # #####",
		"   ## # ",
		"  ## ###",
		"#     ##",
		" ## # # ",
		" # # #  ",
		" #######",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph408(scale int) []string {
	rows := []string{
		"# #     ",
		"  ###   ",
		"# #  # #",
		" # #   #",
		"   # ## ",
		"# ##  ##",
		" ##     ",
		"    ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph409(scale int) []string {
	rows := []string{
		"  # ##  ",
		"##   ## ",
		"## # #  ",
		"#  # ## ",
		" #   #  ",
		"##   ###",
		"#  #    ",
		"  # ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph410(scale int) []string {
	rows := []string{
		" #  #   ",
		" ### ###",
		"  # ## #",
		"  # # ##",
		"### # ##",
		" ### ###",
		"   # # #",
		"  ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph411(scale int) []string {
	rows := []string{
		"## ### #",
		"## #  # ",
		"# ###  #",
		"## #### ",
		"#  #  # ",
		"## #    ",
		"# #    #",
		" # #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph412(scale int) []string {
	rows := []string{
		"##  ### ",
		"# #  ## ",
		"    # ##",
		"###  # #",
		"# ####  ",
		"# ##   #",
		" #  ### ",
		"   #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph413(scale int) []string {
	rows := []string{
		"   #####",
		"  #### #",
		"###    #",
		"  #  ## ",
		"  # ### ",
		"# # # ##",
		"  #   # ",
		" #### # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph414(scale int) []string {
	rows := []string{
		"     #  ",
		"#### #  ",
		"# ## ###",
		" # # ###",
		"       #",
		" #  ##  ",
		" ####   ",
		"# # ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph415(scale int) []string {
	rows := []string{
		" ##  #  ",
		" ## #   ",
		"# #  # #",
		"  ## ## ",
		" # ### #",
		"#   #  #",
		"### ### ",
		" # # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph416(scale int) []string {
	rows := []string{
		"#### ###",
		"#   ### ",
		"## #  # ",
		"   # # #",
		"  ## ###",
		"#   ####",
		"# ###   ",
		"##### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph417(scale int) []string {
	rows := []string{
		"##  ####",
		"##   #  ",
		" #      ",
		"  # #  #",
		"#       ",
		" #   #  ",
		" ### ## ",
		" #######",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph418(scale int) []string {
	rows := []string{
		"    # ##",
		"#####  #",
		"# #  #  ",
		"  # # ##",
		"#    # #",
		"## ###  ",
		"#### ###",
		"# #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph419(scale int) []string {
	rows := []string{
		" #      ",
		" ###### ",
		"###  ## ",
		"####### ",
		"#       ",
		"    ####",
		" #  ## #",
		"    #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph420(scale int) []string {
	rows := []string{
		"  #   # ",
		"     # #",
		"#  #  ##",
		"#       ",
		"#### #  ",
		"     ## ",
		"# # # # ",
		"      ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph421(scale int) []string {
	rows := []string{
		"## ###  ",
		" # ### #",
		" #      ",
		"## #  # ",
		"  # ##  ",
		"   ##   ",
		"## #  ##",
		"  #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph422(scale int) []string {
	rows := []string{
		"     ###",
		"   # ###",
		" #  ##  ",
		" # #  ##",
		"# #  # #",
		"# # ##  ",
		"  #   ##",
		"##  #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph423(scale int) []string {
	rows := []string{
		"# #### #",
		"###  # #",
		"## #### ",
		" # #####",
		"  # #  #",
		"# # # ##",
		"###### #",
		"  # #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph424(scale int) []string {
	rows := []string{
		"## # ###",
		"  ##  ##",
		"##   # #",
		"### # # ",
		" ##  #  ",
		"#  #### ",
		"  ### # ",
		"#### #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph425(scale int) []string {
	rows := []string{
		" ##   ##",
		"### ##  ",
		"###    #",
		"#  ##   ",
		"  # #  #",
		"  ###   ",
		"## ###  ",
		"#    #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph426(scale int) []string {
	rows := []string{
		" # #  ##",
		" ## ## #",
		"#  #   #",
		"     # #",
		"   #  ##",
		" ## ### ",
		"  # ## #",
		"# #  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph427(scale int) []string {
	rows := []string{
		"#  #  # ",
		" # # #  ",
		"  #  # #",
		"   ### #",
		"### # # ",
		"# ###   ",
		"  ###  #",
		"###   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph428(scale int) []string {
	rows := []string{
		"  ## # #",
		"   #####",
		"# # ## #",
		"## ### #",
		"#### ## ",
		"### ##  ",
		"# # ## #",
		"# ##  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph429(scale int) []string {
	rows := []string{
		"  # # ##",
		"   # ###",
		" ### ###",
		"#  #### ",
		"     #  ",
		"#  ##   ",
		"###    #",
		" ## ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph430(scale int) []string {
	rows := []string{
		"    ##  ",
		"     # #",
		"  # ## #",
		" #### ##",
		"#### ## ",
		" # # #  ",
		"##  ## #",
		"#####  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph431(scale int) []string {
	rows := []string{
		" ##     ",
		" ##  #  ",
		"####  ##",
		"        ",
		"###     ",
		"#   ### ",
		" #### ##",
		"#  # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph432(scale int) []string {
	rows := []string{
		"   ###  ",
		"  ##  # ",
		"# ###  #",
		"#  ##  #",
		" # # ## ",
		"     ## ",
		" #  ####",
		"# # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph433(scale int) []string {
	rows := []string{
		"# ###   ",
		"   ###  ",
		"# #    #",
		"# # ## #",
		"# #     ",
		"## ## # ",
		"#####   ",
		"##    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph434(scale int) []string {
	rows := []string{
		"## ###  ",
		"  ## #  ",
		" # ### #",
		"#   # # ",
		"  # # # ",
		" ###  # ",
		"  ##### ",
		"  # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph435(scale int) []string {
	rows := []string{
		"    ####",
		"####   #",
		" ##   # ",
		"### # ##",
		"## ##   ",
		" # ## ##",
		" # #   #",
		"      # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph436(scale int) []string {
	rows := []string{
		"  ## #  ",
		"   ## # ",
		"##  ## #",
		"  ######",
		"# ## ###",
		"###### #",
		"#  ###  ",
		"   ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph437(scale int) []string {
	rows := []string{
		"##   ## ",
		"    #  #",
		"## #  ##",
		"#  #### ",
		"####  ##",
		"###    #",
		" #    # ",
		"##   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph438(scale int) []string {
	rows := []string{
		"  #    #",
		"##  #   ",
		"#####  #",
		"# ## # #",
		"#     ##",
		"    # ##",
		"### #   ",
		" #    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph439(scale int) []string {
	rows := []string{
		"### #  #",
		"  ## # #",
		"    #  #",
		"#     # ",
		"####    ",
		"#### ## ",
		"  ###  #",
		"  ##    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph440(scale int) []string {
	rows := []string{
		" ##### #",
		"#  ## ##",
		"  ## # #",
		" # #   #",
		"#   # # ",
		"    ##  ",
		"# #  # #",
		"   ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph441(scale int) []string {
	rows := []string{
		"  ##### ",
		"    # # ",
		"# ###   ",
		"#  # # #",
		"  # ##  ",
		"#      #",
		" ####  #",
		" #   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph442(scale int) []string {
	rows := []string{
		" ##    #",
		" ###  # ",
		" ##   # ",
		"# #   # ",
		"## ## ##",
		"  ####  ",
		"### # ##",
		" ### ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph443(scale int) []string {
	rows := []string{
		"#   #   ",
		"    # # ",
		"    #  #",
		"  # ### ",
		"  ###  #",
		"#   ### ",
		"#   ## #",
		"###   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph444(scale int) []string {
	rows := []string{
		"   # ## ",
		"##  ## #",
		"#  ## # ",
		"##### # ",
		"#  #### ",
		"#     # ",
		"# #    #",
		"  #  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph445(scale int) []string {
	rows := []string{
		"    ####",
		"    ##  ",
		" ## ####",
		"#  ## ##",
		"    # # ",
		"#   ####",
		"### ### ",
		" ## ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph446(scale int) []string {
	rows := []string{
		"#  ### #",
		"#  #  ##",
		" ## # ##",
		"####   #",
		" #    ##",
		" #   # #",
		"# # ### ",
		"# ##  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph447(scale int) []string {
	rows := []string{
		" #   ###",
		"       #",
		"######  ",
		" ##   # ",
		"#    #  ",
		"##   ###",
		"  #  # #",
		"#####   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph448(scale int) []string {
	rows := []string{
		"# # ####",
		"# ##    ",
		"# ###  #",
		"#  ## ##",
		" ###    ",
		"# # ##  ",
		"####   #",
		"# ###   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph449(scale int) []string {
	rows := []string{
		" ###### ",
		"##   ###",
		"  ###   ",
		" # ### #",
		"#  ###  ",
		"#    #  ",
		"     ###",
		"### ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph450(scale int) []string {
	rows := []string{
		"# ##### ",
		"# # ####",
		" # ## ##",
		" ## # # ",
		"#### #  ",
		"## ##  #",
		"# #   ##",
		"# ##   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph451(scale int) []string {
	rows := []string{
		"## # #  ",
		"  ####  ",
		"#  ##   ",
		" ##     ",
		"  #     ",
		"# ### # ",
		"##  ### ",
		"   #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph452(scale int) []string {
	rows := []string{
		"  ##  ##",
		"#    # #",
		"## ###  ",
		" ##  # #",
		"  # #   ",
		"  ##  ##",
		"  #### #",
		"## ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph453(scale int) []string {
	rows := []string{
		"#     ##",
		" # ### #",
		"    #   ",
		"##  ##  ",
		"## # #  ",
		"## #### ",
		"##  #  #",
		"# ######",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph454(scale int) []string {
	rows := []string{
		"#####  #",
		"#  ###  ",
		"#    ## ",
		"#    ## ",
		"  # ### ",
		"#      #",
		"###  ## ",
		"    # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph455(scale int) []string {
	rows := []string{
		" # #    ",
		"###   # ",
		"# ## ## ",
		"## #  ##",
		"##   ## ",
		"   #   #",
		" # # # #",
		"### #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph456(scale int) []string {
	rows := []string{
		"  ## # #",
		"## #  ##",
		"# ### ##",
		"### # # ",
		"## #### ",
		" #   # #",
		"### ##  ",
		" #### # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph457(scale int) []string {
	rows := []string{
		"### ## #",
		"# # ##  ",
		"   ## # ",
		"#  # # #",
		"#     ##",
		"  #    #",
		"##  ### ",
		"##   ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph458(scale int) []string {
	rows := []string{
		"### #  #",
		"  ####  ",
		"# ## # #",
		"#### ###",
		"### #  #",
		"  # # # ",
		" ### ###",
		"#     ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph459(scale int) []string {
	rows := []string{
		"  ######",
		"   #    ",
		"  ### # ",
		"#     # ",
		"### ####",
		"# # #  #",
		"#### #  ",
		"  ## ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph460(scale int) []string {
	rows := []string{
		"  #   ##",
		"####### ",
		" ### #  ",
		" ## ## #",
		"##   #  ",
		"    ### ",
		"# # ##  ",
		" ### #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph461(scale int) []string {
	rows := []string{
		"   # #  ",
		"##  ####",
		"      ##",
		"### ####",
		"##  #   ",
		" ##### #",
		" # ##  #",
		"   ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph462(scale int) []string {
	rows := []string{
		"#####   ",
		"#   ####",
		" ## ####",
		"# #  #  ",
		" ##    #",
		"##    ##",
		" ###   #",
		"  #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph463(scale int) []string {
	rows := []string{
		"###    #",
		" ##  # #",
		" # # #  ",
		"# # ### ",
		"#       ",
		"# ##  ##",
		" # #  # ",
		"# # # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph464(scale int) []string {
	rows := []string{
		"  ###   ",
		"#      #",
		" #    ##",
		"# #     ",
		"# ### ##",
		" ## #  #",
		"# #     ",
		"        ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph465(scale int) []string {
	rows := []string{
		"#   ## #",
		"  #    #",
		"#  # ###",
		" #    ##",
		"# # ### ",
		"## ##   ",
		"#    # #",
		" ####  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph466(scale int) []string {
	rows := []string{
		"# #     ",
		"   # # #",
		" #   #  ",
		"   #  ##",
		"#  ##   ",
		"# #### #",
		"## #    ",
		" ####   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph467(scale int) []string {
	rows := []string{
		" #     #",
		"##   ###",
		"   #    ",
		"# ### # ",
		" ##  ## ",
		"######  ",
		"  ######",
		"##  #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph468(scale int) []string {
	rows := []string{
		"    # # ",
		"  # # ##",
		"### ##  ",
		"       #",
		"## #  ##",
		"#  #  ##",
		"# #   ##",
		"##     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph469(scale int) []string {
	rows := []string{
		"     ###",
		"# ## # #",
		"    ## #",
		" # ##   ",
		" # #    ",
		"#  #### ",
		" #  ####",
		"#  ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph470(scale int) []string {
	rows := []string{
		"## #  # ",
		"  ## ###",
		"   #    ",
		"# # # # ",
		" ##  ## ",
		"#  # ###",
		"# ##   #",
		"#    #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph471(scale int) []string {
	rows := []string{
		"####### ",
		"###   # ",
		"## ###  ",
		"  #  #  ",
		"  # #  #",
		" #  #   ",
		"    ####",
		" # ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph472(scale int) []string {
	rows := []string{
		"#   ## #",
		"## # ## ",
		"#  #   #",
		"     ## ",
		" # #  ##",
		"        ",
		" ####   ",
		"####  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph473(scale int) []string {
	rows := []string{
		"#  # #  ",
		"# #   ##",
		"#  #    ",
		"  ### ##",
		"### # ##",
		"  ##  # ",
		"    # # ",
		"#  #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph474(scale int) []string {
	rows := []string{
		"  # ### ",
		" # #####",
		"       #",
		"###  #  ",
		"##  # # ",
		"##  #  #",
		"###   ##",
		"   #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph475(scale int) []string {
	rows := []string{
		"   ## ##",
		" #   # #",
		"#  ## ##",
		"  # ####",
		"     ## ",
		"#   # # ",
		"#### #  ",
		"## #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph476(scale int) []string {
	rows := []string{
		"#   # ##",
		" #    # ",
		"##  ### ",
		"###   ##",
		"   # # #",
		"# ##  # ",
		" #   ## ",
		"######  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph477(scale int) []string {
	rows := []string{
		"#  ### #",
		"  #    #",
		"#    # #",
		" # #  # ",
		"## ## ##",
		" # # ###",
		" # ## ##",
		"## #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph478(scale int) []string {
	rows := []string{
		"   # ###",
		" #### # ",
		" ##  ###",
		" ####   ",
		" #  # ##",
		"# ### ##",
		"#### ###",
		"    ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph479(scale int) []string {
	rows := []string{
		"# #  ## ",
		" # # #  ",
		" ## ####",
		" #      ",
		"# #### #",
		"#### #  ",
		"   #  # ",
		"   ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph480(scale int) []string {
	rows := []string{
		" #  ##  ",
		" # # ###",
		" # ###  ",
		"  #  ###",
		"###  #  ",
		"   ##  #",
		"#####   ",
		"# ##    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph481(scale int) []string {
	rows := []string{
		"### ### ",
		"  # #   ",
		" ###  # ",
		"  #     ",
		"## ### #",
		"#  # # #",
		"#   ### ",
		"#   #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph482(scale int) []string {
	rows := []string{
		"# ######",
		"     #  ",
		" #      ",
		"   #### ",
		"# #   # ",
		" # #  # ",
		"  ###  #",
		"# ######",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph483(scale int) []string {
	rows := []string{
		"   ## ##",
		"    #   ",
		"  #### #",
		"## #####",
		"# ### # ",
		"    ### ",
		"#   ## #",
		"# ##  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph484(scale int) []string {
	rows := []string{
		"# ### # ",
		"## #### ",
		"####  # ",
		"  ### ##",
		"##  ##  ",
		" #      ",
		"# ##   #",
		"   #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph485(scale int) []string {
	rows := []string{
		"####  ##",
		"### ####",
		"  ##### ",
		"  # ####",
		"#  #  ##",
		"### # ##",
		"     #  ",
		"  #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph486(scale int) []string {
	rows := []string{
		"# #  ## ",
		" ###  ##",
		"#   # ##",
		"   ##   ",
		" # #### ",
		"#  # ## ",
		"#  # #  ",
		"#   ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph487(scale int) []string {
	rows := []string{
		"   #### ",
		"##  ### ",
		"## # ###",
		"  #    #",
		"#  #  # ",
		"##     #",
		"  #    #",
		"      # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph488(scale int) []string {
	rows := []string{
		"######  ",
		" ##  ###",
		"  ######",
		"# # # ##",
		" # ##  #",
		"###     ",
		" #  # # ",
		"  #  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph489(scale int) []string {
	rows := []string{
		"# ## # #",
		"        ",
		"# ##  # ",
		"# # ##  ",
		" #    ##",
		"# ##   #",
		"  ### # ",
		"  #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph490(scale int) []string {
	rows := []string{
		"##### ##",
		" ###  ##",
		" # # # #",
		"     ## ",
		"    #   ",
		"  ##  ##",
		" #   #  ",
		" ####   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph491(scale int) []string {
	rows := []string{
		"   # # #",
		"#    #  ",
		"#  ##   ",
		" #  #   ",
		"#   # ##",
		"    # ##",
		"   ## # ",
		"#    # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph492(scale int) []string {
	rows := []string{
		"    ### ",
		"  #     ",
		"# ###   ",
		" #  #   ",
		"## # # #",
		"#  #### ",
		"# ### # ",
		"    #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph493(scale int) []string {
	rows := []string{
		"#  ##  #",
		"## ### #",
		"##  ####",
		" #  ####",
		" ###  ##",
		"   #   #",
		"#   ##  ",
		"    # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph494(scale int) []string {
	rows := []string{
		"  #     ",
		"# # ## #",
		"## #####",
		"#   ### ",
		"###### #",
		"   ##  #",
		"# ## #  ",
		" ##    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph495(scale int) []string {
	rows := []string{
		"#    ###",
		"#   ## #",
		"# #   # ",
		"# #   ##",
		" ###### ",
		"  # ### ",
		" # #### ",
		" # # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph496(scale int) []string {
	rows := []string{
		"##  ### ",
		"# # ## #",
		"#  ###  ",
		"##     #",
		" ###  ##",
		"  #     ",
		"  #  ## ",
		"   #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph497(scale int) []string {
	rows := []string{
		"   #   #",
		" #######",
		"####### ",
		"#  #  ##",
		" ## #  #",
		"##  ### ",
		"# ##  ##",
		"  ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph498(scale int) []string {
	rows := []string{
		" #   # #",
		"###   ##",
		"   ##  #",
		"   #  ##",
		"    #  #",
		" # ##  #",
		"  #   # ",
		"   # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph499(scale int) []string {
	rows := []string{
		"    #  #",
		"#   ####",
		"   # # #",
		" # ##   ",
		" ### #  ",
		"## # ## ",
		"### #   ",
		"# ## ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph500(scale int) []string {
	rows := []string{
		"   ##  #",
		"   #####",
		"##  ####",
		"####### ",
		"  ## ###",
		" # #####",
		"    ##  ",
		"##      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph501(scale int) []string {
	rows := []string{
		" # ## # ",
		"      # ",
		" ##     ",
		"# ## ###",
		"   #### ",
		"      ##",
		"## ## # ",
		"#   # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph502(scale int) []string {
	rows := []string{
		" ###   #",
		" #   ###",
		" #   ## ",
		"  #    #",
		"#   ### ",
		" # #  ##",
		"#   ### ",
		" ##   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph503(scale int) []string {
	rows := []string{
		"   # ###",
		"##  ##  ",
		"  #   ##",
		"# ###  #",
		"#  ###  ",
		" ###   #",
		" # ###  ",
		"##    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph504(scale int) []string {
	rows := []string{
		"# #   # ",
		" ### #  ",
		"#   ####",
		"##  # ##",
		"# # ####",
		"  # # # ",
		" # #### ",
		"### #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph505(scale int) []string {
	rows := []string{
		"# ##  # ",
		"  # # # ",
		"  # ####",
		"## #####",
		"###   ##",
		"  ######",
		" ##  # #",
		" ##  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph506(scale int) []string {
	rows := []string{
		"##### ##",
		"#  ##  #",
		" ####   ",
		" ### # #",
		"      ##",
		"# ## # #",
		"#  #####",
		"##     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph507(scale int) []string {
	rows := []string{
		"  #  #  ",
		"   #   #",
		"   #  ##",
		"   ##   ",
		" #    # ",
		" ##    #",
		"   ###  ",
		"  ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph508(scale int) []string {
	rows := []string{
		" #  #   ",
		"  # #  #",
		" #  #   ",
		"#  #  ##",
		" #      ",
		"##      ",
		"### #   ",
		"#   #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph509(scale int) []string {
	rows := []string{
		"     ## ",
		"   #   #",
		"##  ## #",
		" #### # ",
		" ###### ",
		"##   #  ",
		"#### ## ",
		"######  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph510(scale int) []string {
	rows := []string{
		"    #   ",
		" # # # #",
		"        ",
		"## # ## ",
		"## #    ",
		" #    ##",
		" ## ##  ",
		" ### # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph511(scale int) []string {
	rows := []string{
		"#   ## #",
		"#####  #",
		"###### #",
		"####   #",
		" ##     ",
		" ## ##  ",
		"#   ####",
		" ###  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph512(scale int) []string {
	rows := []string{
		"#    # #",
		" ### ## ",
		"  #   ##",
		"###  # #",
		"##### ##",
		" #  ## #",
		"### #   ",
		"## ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph513(scale int) []string {
	rows := []string{
		"# # ## #",
		"#  ##  #",
		"#    # #",
		"  # ### ",
		"  # ### ",
		"   ##  #",
		"## # ###",
		"      ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph514(scale int) []string {
	rows := []string{
		" # ## ##",
		" # #   #",
		" #  ####",
		"# ######",
		"##  #  #",
		"#  #### ",
		"# #  #  ",
		"# ## # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph515(scale int) []string {
	rows := []string{
		" #    ##",
		" ## # ##",
		" ## ##  ",
		" # #  ##",
		"#  ##  #",
		" ## # ##",
		"## # #  ",
		"  # #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph516(scale int) []string {
	rows := []string{
		"##     #",
		" ## #  #",
		"  ### # ",
		"#  ##  #",
		"#### ###",
		"      # ",
		"   ### #",
		"#  #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph517(scale int) []string {
	rows := []string{
		"  #  ## ",
		"##### ##",
		"###  # #",
		"## #   #",
		"  ##  ##",
		"# ######",
		"### ####",
		"  # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph518(scale int) []string {
	rows := []string{
		"     ## ",
		"##  ### ",
		"# ##  ##",
		"##  ####",
		"#     ##",
		"####  ##",
		" # #  ##",
		"    ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph519(scale int) []string {
	rows := []string{
		"  # # ##",
		"# #   # ",
		"  ## #  ",
		" #  # # ",
		" ##  ## ",
		"### ##  ",
		"# ### ##",
		"    # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph520(scale int) []string {
	rows := []string{
		" #  ### ",
		"#####  #",
		"    ####",
		"  # # ##",
		" # # # #",
		"# ## ###",
		"## ##  #",
		"# ## # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph521(scale int) []string {
	rows := []string{
		"   ###  ",
		"  ###   ",
		"##  ### ",
		"  ## #  ",
		" # ###  ",
		" #   ## ",
		"#### ## ",
		" ###  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph522(scale int) []string {
	rows := []string{
		"## #####",
		"# #  ###",
		"# #### #",
		"  #  ###",
		"# ## #  ",
		"#### #  ",
		"#  ###  ",
		"   # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph523(scale int) []string {
	rows := []string{
		"  # ##  ",
		"   ### #",
		"  ## ###",
		"##  # ##",
		"  #  ## ",
		"###     ",
		"# ##   #",
		" ###### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph524(scale int) []string {
	rows := []string{
		"## #### ",
		"     ## ",
		"## #    ",
		"#    # #",
		"####### ",
		" ## ### ",
		"## ### #",
		" ### ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph525(scale int) []string {
	rows := []string{
		"   #   #",
		"# ## ###",
		"#   #   ",
		" # ##   ",
		"# ##  ##",
		"#  ### #",
		"       #",
		"# #  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph526(scale int) []string {
	rows := []string{
		" ##  ###",
		" ## ####",
		"##  # ##",
		"### # ##",
		"## ##   ",
		"# ##  # ",
		"##  ## #",
		" #######",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph527(scale int) []string {
	rows := []string{
		"#    ###",
		"# ## # #",
		"# ### # ",
		"  #   ##",
		"####  ##",
		" # ##  #",
		" ####  #",
		" ###    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph528(scale int) []string {
	rows := []string{
		"   #### ",
		"# ##  ##",
		"##### ##",
		"  #   # ",
		"#   #   ",
		"     #  ",
		" #      ",
		"# ###  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph529(scale int) []string {
	rows := []string{
		"## #### ",
		"### #  #",
		"#  ##   ",
		"########",
		"## #####",
		" #  #   ",
		"###  ## ",
		" ## ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph530(scale int) []string {
	rows := []string{
		"## # ###",
		"  ##  ##",
		"### ####",
		"   # ###",
		"###### #",
		"#  ##   ",
		"# ### # ",
		"##    # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph531(scale int) []string {
	rows := []string{
		"# #    #",
		"###    #",
		"#    ## ",
		"#  #    ",
		"##  # ##",
		"  # ### ",
		"  #     ",
		"##   ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph532(scale int) []string {
	rows := []string{
		"   ###  ",
		"# #     ",
		"#   #  #",
		"      # ",
		" ###   #",
		"##  # ##",
		"    #  #",
		" # # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph533(scale int) []string {
	rows := []string{
		"##    # ",
		" ## #  #",
		"# #### #",
		"  ######",
		" ## # # ",
		" # #   #",
		"# # #  #",
		"#   ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph534(scale int) []string {
	rows := []string{
		" # ## ##",
		"# #  #  ",
		" ## # ##",
		"  # ## #",
		" #   # #",
		"  # ####",
		"     # #",
		"  #  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph535(scale int) []string {
	rows := []string{
		" ##### #",
		"# #     ",
		"    #   ",
		"#  ###  ",
		" #   # #",
		" ## # ##",
		" ##    #",
		"    ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph536(scale int) []string {
	rows := []string{
		"#    ###",
		"## ##  #",
		"    ### ",
		"##  #  #",
		"  ####  ",
		"### ##  ",
		" #### ##",
		"#   # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph537(scale int) []string {
	rows := []string{
		"   #   #",
		"    #   ",
		"   ## ##",
		" ##  # #",
		"###   ##",
		"##  #   ",
		" #  ### ",
		" # #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph538(scale int) []string {
	rows := []string{
		"   #  # ",
		"## #####",
		"# # #   ",
		"#  #    ",
		"## #   #",
		"# ## ###",
		"#   ### ",
		" ###  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph539(scale int) []string {
	rows := []string{
		" # #  ##",
		"    ##  ",
		"## # ## ",
		"## #  ##",
		"## ## ##",
		"# ####  ",
		"# #### #",
		" #      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph540(scale int) []string {
	rows := []string{
		"  #  ## ",
		"# #### #",
		" # # ###",
		"     ## ",
		"   # ###",
		"### ## #",
		"# # # ##",
		" ####  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph541(scale int) []string {
	rows := []string{
		"    #  #",
		"   #   #",
		"####### ",
		"# # ## #",
		" ## ####",
		" ##  ## ",
		"     ###",
		"# # ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph542(scale int) []string {
	rows := []string{
		" ## ## #",
		"   ###  ",
		"# ###   ",
		" ### #  ",
		"  ####  ",
		"#  ##  #",
		" ## ### ",
		"    # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph543(scale int) []string {
	rows := []string{
		"# #  #  ",
		"# #     ",
		"#####  #",
		"##  #  #",
		"###  ###",
		"     # #",
		"#  ##   ",
		"#### ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph544(scale int) []string {
	rows := []string{
		"#  ##  #",
		"  ######",
		"  #    #",
		" ## ### ",
		"  ## ## ",
		"#### ## ",
		"# ##   #",
		" ### #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph545(scale int) []string {
	rows := []string{
		"#  ## ##",
		"# ##### ",
		"#    #  ",
		"## #  ##",
		"   ###  ",
		"#      #",
		"  ### # ",
		"# ## ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph546(scale int) []string {
	rows := []string{
		"#  #  # ",
		" #####  ",
		"   # ## ",
		"# ### # ",
		"    #   ",
		" #  #   ",
		"  ######",
		" ### ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph547(scale int) []string {
	rows := []string{
		" # # # #",
		"# ##### ",
		"#  # #  ",
		"########",
		" #  ### ",
		"  ###  #",
		"  # ####",
		"  ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph548(scale int) []string {
	rows := []string{
		" ##  ## ",
		"  ## #  ",
		" ## # # ",
		" # ## # ",
		"### #   ",
		"#     # ",
		"# #  ## ",
		"  ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph549(scale int) []string {
	rows := []string{
		"    ####",
		"    ## #",
		"###  ###",
		"#  # #  ",
		"## ##  #",
		"  #  # #",
		"#   ####",
		" # #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph550(scale int) []string {
	rows := []string{
		"## ##  #",
		"  #  # #",
		"###### #",
		"    #   ",
		"###  #  ",
		"   # ###",
		" ## ### ",
		"   ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph551(scale int) []string {
	rows := []string{
		"     #  ",
		"#  ##  #",
		"##    ##",
		" ##  ## ",
		"####  # ",
		"# ######",
		"  #    #",
		"###     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph552(scale int) []string {
	rows := []string{
		"###   ##",
		"   #####",
		" #  #  #",
		"# ###  #",
		" ## #   ",
		"  ##  ##",
		"## ### #",
		"  ## ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph553(scale int) []string {
	rows := []string{
		"### # ##",
		" ###  ##",
		"# ## ###",
		"#  #   #",
		"## ## # ",
		"#  #    ",
		"# #   ##",
		" #  #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph554(scale int) []string {
	rows := []string{
		"## # # #",
		"##  #   ",
		"  ##  # ",
		" #    # ",
		"  ##    ",
		"#    #  ",
		"###### #",
		"# ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph555(scale int) []string {
	rows := []string{
		"##    ##",
		" #### ##",
		" ## ## #",
		" ### #  ",
		"# ## ## ",
		"#   ####",
		"#   ### ",
		" #  # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph556(scale int) []string {
	rows := []string{
		"# #  ## ",
		"### ## #",
		" ## ####",
		"#       ",
		"   ##   ",
		"### ### ",
		"   ## # ",
		"####  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph557(scale int) []string {
	rows := []string{
		" ###   #",
		"    ##  ",
		"##    ##",
		" ####  #",
		"# #  ## ",
		" # ##   ",
		"     ###",
		" #     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph558(scale int) []string {
	rows := []string{
		"#  ## ##",
		" ### #  ",
		"# # #  #",
		" ### ###",
		"     # #",
		"## #   #",
		" ##  ###",
		" ##   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph559(scale int) []string {
	rows := []string{
		" #   ###",
		"# #     ",
		" #####  ",
		"#   # # ",
		"#    #  ",
		"## ## ##",
		"###  ###",
		"#  #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph560(scale int) []string {
	rows := []string{
		"  #     ",
		" # # ###",
		" #   # #",
		" # #  ##",
		"  ####  ",
		"###    #",
		"#  # ###",
		"     # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph561(scale int) []string {
	rows := []string{
		"  # ##  ",
		"  #  # #",
		" ##   # ",
		"   # ## ",
		"    ##  ",
		"   # ###",
		"#   # ##",
		" ## # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph562(scale int) []string {
	rows := []string{
		"# ##   #",
		"## # #  ",
		"## #####",
		"## ##  #",
		"## #  ##",
		"## #  ##",
		"# ### # ",
		"#   ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph563(scale int) []string {
	rows := []string{
		" ##     ",
		"# ###   ",
		"   ## # ",
		"   ### #",
		"# ######",
		" #    # ",
		"#       ",
		"#  #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph564(scale int) []string {
	rows := []string{
		"# #  #  ",
		"  ## ###",
		"## ##  #",
		"    ####",
		" ### # #",
		" # # #  ",
		"###   # ",
		" ## # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph565(scale int) []string {
	rows := []string{
		"  ### ##",
		"###  # #",
		" ## #   ",
		" #      ",
		"##  #  #",
		"#  # # #",
		"####    ",
		"## #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph566(scale int) []string {
	rows := []string{
		"   # #  ",
		"        ",
		"  # ## #",
		" ####   ",
		"# ##### ",
		" #  #   ",
		"#  #    ",
		"###     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph567(scale int) []string {
	rows := []string{
		" #   ###",
		"### #   ",
		"   ## # ",
		"##  # # ",
		"#### # #",
		" # # ## ",
		"    ##  ",
		"## ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph568(scale int) []string {
	rows := []string{
		"  ####  ",
		"    ##  ",
		" ### ###",
		"##  ##  ",
		"   #   #",
		" ## #   ",
		"#  #   #",
		"##   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph569(scale int) []string {
	rows := []string{
		"####    ",
		"# # # ##",
		"##### ##",
		"####    ",
		" ####   ",
		" #### # ",
		"#   ### ",
		"###  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph570(scale int) []string {
	rows := []string{
		"#  #### ",
		"#####   ",
		"#   # # ",
		"#  #  # ",
		"# #   ##",
		"# ##    ",
		"###   ##",
		" #  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph571(scale int) []string {
	rows := []string{
		"#  # ###",
		" #  ### ",
		" ##   ##",
		"  # ### ",
		" #  ##  ",
		"# ## ###",
		"#  ### #",
		" #  ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph572(scale int) []string {
	rows := []string{
		" # #####",
		"#  #####",
		"#  #####",
		" # # ###",
		"# ##    ",
		"###  ###",
		" # # #  ",
		"#  #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph573(scale int) []string {
	rows := []string{
		" #  ### ",
		" ## ####",
		"# #     ",
		"  ## ## ",
		"######  ",
		"  ### # ",
		" # ##   ",
		"  #  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph574(scale int) []string {
	rows := []string{
		"  ##  ##",
		" #   ## ",
		"  ##  ##",
		"   # #  ",
		" ##  # #",
		" ### ## ",
		"### # ##",
		"# # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph575(scale int) []string {
	rows := []string{
		"# ###   ",
		"#   ### ",
		"  ## ###",
		"### ####",
		"#####  #",
		"   #   #",
		"   #### ",
		" #     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph576(scale int) []string {
	rows := []string{
		"  ## ###",
		"## # # #",
		"#    ###",
		"###  #  ",
		" # # ## ",
		"###  ###",
		"   # #  ",
		"####  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph577(scale int) []string {
	rows := []string{
		"#   ## #",
		"##   ###",
		"#  #  ##",
		"# ##    ",
		"##  # ##",
		"## ##   ",
		"    #   ",
		" ##  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph578(scale int) []string {
	rows := []string{
		"   ###  ",
		" ## # ##",
		"# ##  # ",
		"     # #",
		" ####   ",
		"### #   ",
		"#  ## # ",
		" # ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph579(scale int) []string {
	rows := []string{
		"  # ####",
		"# ###  #",
		"   # # #",
		"  #  ###",
		" # ##  #",
		"##  ####",
		"#       ",
		"   #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph580(scale int) []string {
	rows := []string{
		"   ##  #",
		"  # ### ",
		"# #   ##",
		"   #    ",
		" ##  #  ",
		"  ##    ",
		"## ##   ",
		"##  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph581(scale int) []string {
	rows := []string{
		"#   #   ",
		"# ##  ##",
		" # #  # ",
		"   ##  #",
		"#  # # #",
		" #### # ",
		"    ### ",
		"#   ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph582(scale int) []string {
	rows := []string{
		" ### ## ",
		"    # # ",
		"  ## ## ",
		"    # # ",
		"##  # ##",
		"###### #",
		"#   #   ",
		"# # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph583(scale int) []string {
	rows := []string{
		"##### ##",
		"### ####",
		" ## #  #",
		"  ## #  ",
		"       #",
		"  # ##  ",
		"  #  ## ",
		"##### # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph584(scale int) []string {
	rows := []string{
		"#####   ",
		"## #  ##",
		"  ##  ##",
		"#   #  #",
		" ## ##  ",
		"  ##  ##",
		" #   ###",
		"      # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph585(scale int) []string {
	rows := []string{
		"# ###   ",
		"  #   ##",
		"###   ##",
		"  ## # #",
		" # #  # ",
		"  ## ## ",
		"##    # ",
		" ## ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph586(scale int) []string {
	rows := []string{
		"## #### ",
		"  # #  #",
		"  ##    ",
		"#### #  ",
		"   ## # ",
		"   #  # ",
		"### ####",
		"#    # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph587(scale int) []string {
	rows := []string{
		"# #  ###",
		"#  # # #",
		"#  #### ",
		"### ####",
		"# #  # #",
		"       #",
		"# # #  #",
		" ## # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph588(scale int) []string {
	rows := []string{
		"####  # ",
		"##    # ",
		"  ##### ",
		" # ##  #",
		"#   ##  ",
		" # #### ",
		"# # #  #",
		" ##   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph589(scale int) []string {
	rows := []string{
		"#   #   ",
		"# ####  ",
		"  ## ## ",
		" # #   #",
		"###   ##",
		"#####   ",
		" #######",
		" # ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph590(scale int) []string {
	rows := []string{
		"## # # #",
		"    # ##",
		"### ## #",
		"  ### ##",
		"## ## # ",
		"    ## #",
		"### ### ",
		"  #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph591(scale int) []string {
	rows := []string{
		"# ### ##",
		"#   # ##",
		" # # #  ",
		"    # ##",
		" ### ## ",
		"   # # #",
		"  # # ##",
		"    #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph592(scale int) []string {
	rows := []string{
		"##    # ",
		"# #  # #",
		" # ## # ",
		" # #  # ",
		"### ## #",
		"# # # # ",
		"#  #  # ",
		"  # #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph593(scale int) []string {
	rows := []string{
		"## ## ##",
		"#  ###  ",
		"# #  # #",
		"# # ### ",
		" # #   #",
		" ## ## #",
		"#   ### ",
		"##   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph594(scale int) []string {
	rows := []string{
		"####  # ",
		"#   ## #",
		"  ##    ",
		"  ##  # ",
		"###  ## ",
		"# ## ###",
		"   #####",
		"## #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph595(scale int) []string {
	rows := []string{
		"      # ",
		" ## ##  ",
		"#   ####",
		"     # #",
		"#  #  ##",
		"## #    ",
		"   # #  ",
		"#####  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph596(scale int) []string {
	rows := []string{
		"##  ##  ",
		"#### # #",
		" ##     ",
		" ##  #  ",
		" ###### ",
		"   ## # ",
		"#   ##  ",
		"#  ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph597(scale int) []string {
	rows := []string{
		"  #  # #",
		"  #   ##",
		"# # ## #",
		"# ## # #",
		"#   # ##",
		"   ### #",
		"# ## # #",
		"#  ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph598(scale int) []string {
	rows := []string{
		"#### # #",
		"   #   #",
		" ## # ##",
		" #### # ",
		"### #  #",
		"    ####",
		"## ## ##",
		"## #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph599(scale int) []string {
	rows := []string{
		"#   ## #",
		"## # ###",
		"#  #### ",
		"  #    #",
		"## #   #",
		" #    # ",
		"##   ###",
		"   ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph600(scale int) []string {
	rows := []string{
		"## #    ",
		"## # #  ",
		"  # ##  ",
		" # ## # ",
		" #      ",
		"## #####",
		" #    # ",
		"#    # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph601(scale int) []string {
	rows := []string{
		" #  #   ",
		"## ##  #",
		"#     ##",
		" #  ##  ",
		"## # ###",
		" # ###  ",
		"## ##   ",
		" ## ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph602(scale int) []string {
	rows := []string{
		"  ##### ",
		" # #    ",
		"  ##  # ",
		" #     #",
		"##  #  #",
		" ###  # ",
		" ####  #",
		"  ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph603(scale int) []string {
	rows := []string{
		"  # #   ",
		"# #  # #",
		"## ## ##",
		"#  # # #",
		"     # #",
		"# ######",
		"####### ",
		"# ##    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph604(scale int) []string {
	rows := []string{
		"## # # #",
		"  #   ##",
		"########",
		"  ####  ",
		"     ###",
		" ##  #  ",
		" #      ",
		" # #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph605(scale int) []string {
	rows := []string{
		" #  # ##",
		"  ## ###",
		" #  ## #",
		"###  #  ",
		"   #   #",
		"# # # # ",
		"   #    ",
		"  # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph606(scale int) []string {
	rows := []string{
		"# ##  # ",
		"  ### # ",
		"    ### ",
		"  # ##  ",
		"    #  #",
		" ## ##  ",
		"# #  #  ",
		" # # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph607(scale int) []string {
	rows := []string{
		"## #### ",
		"   #  ##",
		"##   ## ",
		"# ######",
		"#  # # #",
		" #     #",
		"#    #  ",
		"## #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph608(scale int) []string {
	rows := []string{
		" ## #  #",
		"#  #    ",
		"    # ##",
		"    ####",
		"    # ##",
		" ## # # ",
		"##     #",
		" ## #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph609(scale int) []string {
	rows := []string{
		"#   # ##",
		"   ## # ",
		" #    ##",
		"#  #  # ",
		"### ## #",
		" ##  # #",
		"#### #  ",
		"   #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph610(scale int) []string {
	rows := []string{
		"# ## #  ",
		"    ####",
		"##  ### ",
		"## # ###",
		" ### #  ",
		"  #  #  ",
		" ###  # ",
		"#  #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph611(scale int) []string {
	rows := []string{
		"  #   # ",
		"  ###   ",
		"  ###  #",
		"# ##  # ",
		"        ",
		"      # ",
		"        ",
		"## ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph612(scale int) []string {
	rows := []string{
		"  ###  #",
		"#       ",
		"#### ## ",
		"#### #  ",
		"#     ##",
		" #  # ##",
		"####### ",
		"   # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph613(scale int) []string {
	rows := []string{
		"#  # ## ",
		"  # # # ",
		"###  #  ",
		"   ##  #",
		"#### ###",
		"###### #",
		"##   #  ",
		"    ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph614(scale int) []string {
	rows := []string{
		" # ##   ",
		" #  # ##",
		"# # ## #",
		" ##  ## ",
		"  #  ###",
		"## ##  #",
		"# ##  # ",
		"## ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph615(scale int) []string {
	rows := []string{
		" #    # ",
		"#     ##",
		"##    ##",
		"## #    ",
		"#### ###",
		"## ## # ",
		"    ##  ",
		"     ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph616(scale int) []string {
	rows := []string{
		"# #  ###",
		"    # # ",
		"  ### # ",
		"   # # #",
		"#  ## # ",
		"#   ####",
		"  # ## #",
		"#### # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph617(scale int) []string {
	rows := []string{
		"   # #  ",
		"##     #",
		"  # ####",
		"  ##### ",
		" # # # #",
		"##  ### ",
		"   ## ##",
		"## ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph618(scale int) []string {
	rows := []string{
		" ###### ",
		" #### ##",
		"   #####",
		"##  # # ",
		"#  # ###",
		"### # # ",
		"  #  ###",
		" ##  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph619(scale int) []string {
	rows := []string{
		" ##    #",
		"##    ##",
		"#### # #",
		"## #  ##",
		" ## ####",
		" #### # ",
		"##  #   ",
		"# ## # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph620(scale int) []string {
	rows := []string{
		"#####   ",
		"#   #   ",
		"# ##   #",
		" ###### ",
		"###   # ",
		"   # ###",
		" #  #  #",
		" #  ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph621(scale int) []string {
	rows := []string{
		"  ##    ",
		"##  ## #",
		" # ##   ",
		"# #  # #",
		"###  ## ",
		"  ##  # ",
		"#   #   ",
		" ###### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph622(scale int) []string {
	rows := []string{
		"     # #",
		"##  ##  ",
		"   #### ",
		"  ###   ",
		" #  #   ",
		" ##    #",
		"   # # #",
		"# #  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph623(scale int) []string {
	rows := []string{
		"#  ## # ",
		"# ####  ",
		"    ##  ",
		"  ## ###",
		"  ##  ##",
		"# # # ##",
		"# ##### ",
		"# ####  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph624(scale int) []string {
	rows := []string{
		"##  # ##",
		"##   ###",
		" # #    ",
		"# ###  #",
		"##  # # ",
		"#### ## ",
		"  ####  ",
		"#   ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph625(scale int) []string {
	rows := []string{
		" #### # ",
		" ## #   ",
		"# #  #  ",
		"  #  ###",
		"    ### ",
		"###  # #",
		"##  #  #",
		"# #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph626(scale int) []string {
	rows := []string{
		" ##   ##",
		"## ## # ",
		"     ###",
		"  ##    ",
		"#### #  ",
		" # #### ",
		"# ## ## ",
		"  ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph627(scale int) []string {
	rows := []string{
		"# ####  ",
		"#   ####",
		"# ##  ##",
		"#####  #",
		" # # ###",
		" #    # ",
		"    #  #",
		"  #  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph628(scale int) []string {
	rows := []string{
		" #    # ",
		"  ##   #",
		"    #  #",
		"###  ## ",
		"  # #  #",
		"###  ###",
		"####   #",
		" #   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph629(scale int) []string {
	rows := []string{
		"##   ###",
		"    ### ",
		"###  #  ",
		" ### #  ",
		"#  # # #",
		" # # ###",
		"### ## #",
		"##### # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph630(scale int) []string {
	rows := []string{
		"####    ",
		"  ## # #",
		"##  # ##",
		" #    ##",
		"  ## #  ",
		"#  #   #",
		"#####  #",
		"  ## #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph631(scale int) []string {
	rows := []string{
		"  # ####",
		"##  ### ",
		" ## ## #",
		"##      ",
		"  ## ## ",
		" # #  # ",
		"####    ",
		" # #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph632(scale int) []string {
	rows := []string{
		"# #  ###",
		"##  #   ",
		"# ## #  ",
		"# ##  ##",
		"#   ####",
		" #  ## #",
		"##    # ",
		"####  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph633(scale int) []string {
	rows := []string{
		"###### #",
		"### #  #",
		" ## ##  ",
		"  # # # ",
		" # # # #",
		"  # #   ",
		"#  # ## ",
		"# # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph634(scale int) []string {
	rows := []string{
		"#   ##  ",
		"#  #### ",
		"#  # #  ",
		"### #   ",
		"#   #  #",
		"# ##    ",
		"   #    ",
		"#  #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph635(scale int) []string {
	rows := []string{
		"###  # #",
		"  #  ###",
		"## #### ",
		"# # # ##",
		"# ######",
		" # #### ",
		"###    #",
		"###  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph636(scale int) []string {
	rows := []string{
		" ##  ###",
		" # ## # ",
		"# ## ## ",
		"  ##  # ",
		"   ###  ",
		"## ### #",
		"##  # ##",
		"# ###   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph637(scale int) []string {
	rows := []string{
		"    ####",
		" #  #   ",
		" # # # #",
		"#### ## ",
		"##  ####",
		"  ##### ",
		" #######",
		"  # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph638(scale int) []string {
	rows := []string{
		"#   ### ",
		"      ##",
		"   # #  ",
		" ###  ##",
		" #  #   ",
		" # ###  ",
		" ###    ",
		"# ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph639(scale int) []string {
	rows := []string{
		"# # # ##",
		"## # #  ",
		"#   # ##",
		"     ## ",
		"# ### # ",
		"# # ## #",
		" # ### #",
		" ####  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph640(scale int) []string {
	rows := []string{
		"#####   ",
		" # #    ",
		"##  ### ",
		"  ######",
		"#  ## # ",
		"## #####",
		"   #    ",
		"## ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph641(scale int) []string {
	rows := []string{
		"##   # #",
		" ##    #",
		"## # ###",
		"#    ## ",
		" # ##  #",
		"    ### ",
		"## # ###",
		" ### # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph642(scale int) []string {
	rows := []string{
		"# ######",
		"###  ###",
		"  # # # ",
		"   #### ",
		" ###  ##",
		"#  #  ##",
		"##### ##",
		"   #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph643(scale int) []string {
	rows := []string{
		" ##   ##",
		" ## ####",
		" ## ## #",
		" ##### #",
		"#  #  # ",
		"#    ###",
		" # ##   ",
		"####  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph644(scale int) []string {
	rows := []string{
		" ##  ###",
		"##   ## ",
		"     #  ",
		"# ## # #",
		"###    #",
		"  # ### ",
		"# ##  # ",
		" #  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph645(scale int) []string {
	rows := []string{
		"##### # ",
		"## # # #",
		"  #    #",
		"  # ## #",
		"## #  # ",
		"  ####  ",
		"#       ",
		"  #  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph646(scale int) []string {
	rows := []string{
		"  ###  #",
		" ##  #  ",
		" # #   #",
		"   #   #",
		" # # ###",
		"  # #   ",
		" # #  ##",
		"### ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph647(scale int) []string {
	rows := []string{
		" ##    #",
		"  ####  ",
		"##  # ##",
		"#  #####",
		" ## ## #",
		" ## ##  ",
		"  ### ##",
		" #    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph648(scale int) []string {
	rows := []string{
		"### ##  ",
		"###  ###",
		"#    ## ",
		"  # #  #",
		" ##  #  ",
		"###### #",
		"#### # #",
		"  # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph649(scale int) []string {
	rows := []string{
		"# ###   ",
		"## #### ",
		"  # # # ",
		" # #   #",
		"#### ## ",
		" # #    ",
		" #  #   ",
		" ## ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph650(scale int) []string {
	rows := []string{
		"# # ### ",
		"#  ###  ",
		"   ## ##",
		"## #####",
		" ####   ",
		"# # ####",
		"    ### ",
		"### #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph651(scale int) []string {
	rows := []string{
		" #   # #",
		"#### # #",
		"#   # ##",
		"   ##  #",
		"      # ",
		"# # # ##",
		"#  ## # ",
		" #  ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph652(scale int) []string {
	rows := []string{
		"##      ",
		"#    ###",
		"   # ###",
		"##   ###",
		"     ###",
		" # #    ",
		"   #  ##",
		"#  ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph653(scale int) []string {
	rows := []string{
		" # ## ##",
		"    ## #",
		"# ##### ",
		"# ##### ",
		"  ## ## ",
		" ###  ##",
		"##   ###",
		"   ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph654(scale int) []string {
	rows := []string{
		"# # ## #",
		"  ## ## ",
		" #  # ##",
		"    #   ",
		"#  ##  #",
		"## #  ##",
		" ##    #",
		" #     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph655(scale int) []string {
	rows := []string{
		"#  # ## ",
		" ###   #",
		"## #  ##",
		"### ####",
		"  ## ## ",
		"     #  ",
		"#  ## ##",
		" ### ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph656(scale int) []string {
	rows := []string{
		"  #### #",
		"  ###  #",
		"  ## # #",
		"  ##  ##",
		"# #### #",
		"  #### #",
		" #   ## ",
		"# ### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph657(scale int) []string {
	rows := []string{
		" #     #",
		"###   ##",
		"# #  #  ",
		"###    #",
		"#  #  ##",
		"### # # ",
		"        ",
		"  #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph658(scale int) []string {
	rows := []string{
		"   #  # ",
		"###  ## ",
		"  #  ## ",
		"#### ###",
		"#  ###  ",
		"## #    ",
		"### # # ",
		" #   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph659(scale int) []string {
	rows := []string{
		" ##    #",
		"  #    #",
		"# # # ##",
		" #     #",
		"# #### #",
		"#    #  ",
		"###  #  ",
		" #      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph660(scale int) []string {
	rows := []string{
		"#  ##   ",
		"###  #  ",
		"# ## # #",
		"###  ###",
		"   # ###",
		"## # ## ",
		"##  # # ",
		"    #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph661(scale int) []string {
	rows := []string{
		"# ##  ##",
		" # #  ##",
		"# #   # ",
		"# # #  #",
		"# ## # #",
		"#  #  ##",
		"##    # ",
		" ## #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph662(scale int) []string {
	rows := []string{
		"   #### ",
		"###    #",
		"   ## ##",
		"  ##   #",
		"  ##### ",
		"  # ####",
		"####  ##",
		" ##   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph663(scale int) []string {
	rows := []string{
		"#  # # #",
		"#  # ## ",
		"  ####  ",
		" ##   ##",
		" #  ##  ",
		" ## # ##",
		"## ##   ",
		"  #     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph664(scale int) []string {
	rows := []string{
		"#   ##  ",
		"#     ##",
		" ###  ##",
		"  # ####",
		" # ## # ",
		"   # #  ",
		"   #### ",
		" # ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph665(scale int) []string {
	rows := []string{
		"  ## #  ",
		"#  ##  #",
		" ## # # ",
		"# # #   ",
		" #      ",
		"## # ## ",
		"####    ",
		"   #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph666(scale int) []string {
	rows := []string{
		" ## # ##",
		"  ##### ",
		"## # #  ",
		"# #  # #",
		"# #     ",
		" ##    #",
		"   # #  ",
		"# #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph667(scale int) []string {
	rows := []string{
		"###  ## ",
		"## #####",
		"  ## # #",
		"###    #",
		" #####  ",
		"#  # ###",
		" ##    #",
		"    ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph668(scale int) []string {
	rows := []string{
		" # ### #",
		" # ##  #",
		"## #  # ",
		" #   ## ",
		"# #  # #",
		" ###  # ",
		" ###    ",
		"## # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph669(scale int) []string {
	rows := []string{
		"# # ## #",
		"#   #   ",
		"########",
		"  #   ##",
		"### ####",
		" #    ##",
		"##   ###",
		"   ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph670(scale int) []string {
	rows := []string{
		"  #  # #",
		"## # ## ",
		"  ####  ",
		"# #### #",
		"#    #  ",
		" ## ####",
		"# # # # ",
		"## ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph671(scale int) []string {
	rows := []string{
		"   #####",
		"  # ####",
		"# ##    ",
		"#  #####",
		"# #     ",
		"# ##  # ",
		"##  ## #",
		"## ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph672(scale int) []string {
	rows := []string{
		"  ##  ##",
		"#   ### ",
		" # # ## ",
		"### # # ",
		"  ### ##",
		"# ##    ",
		"#### ###",
		"### # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph673(scale int) []string {
	rows := []string{
		"##      ",
		"## # #  ",
		"  # #   ",
		"### ##  ",
		"##### ##",
		" #  ### ",
		" ## # # ",
		"  # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph674(scale int) []string {
	rows := []string{
		"  # ##  ",
		" ### ###",
		"  ####  ",
		"### ####",
		"    ## #",
		"##  #   ",
		" ## ## #",
		"#   ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph675(scale int) []string {
	rows := []string{
		"   #### ",
		"#  # ###",
		"#### #  ",
		" # ###  ",
		"###### #",
		"##  ### ",
		"#####  #",
		"####  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph676(scale int) []string {
	rows := []string{
		" # # #  ",
		"#       ",
		"#  ## ##",
		" #  ## #",
		"   #    ",
		"## #    ",
		"#       ",
		"    #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph677(scale int) []string {
	rows := []string{
		"  # #   ",
		" #      ",
		" #  #  #",
		"    ##  ",
		"# #  ###",
		"##   #  ",
		" ##  ## ",
		"## #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph678(scale int) []string {
	rows := []string{
		"      # ",
		"##    # ",
		"     ## ",
		" ##### #",
		"  # ## #",
		"   #### ",
		"#   ####",
		"  #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph679(scale int) []string {
	rows := []string{
		"   ###  ",
		" ## ##  ",
		" # #  # ",
		" #   # #",
		"#  ##   ",
		" #  ## #",
		"## #   #",
		"## #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph680(scale int) []string {
	rows := []string{
		"# ### ##",
		" # ## ##",
		"  ## ## ",
		"####  # ",
		"# # ####",
		" ### # #",
		" ###    ",
		"  # ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph681(scale int) []string {
	rows := []string{
		"#   ### ",
		"     ###",
		"   # ## ",
		"# ###  #",
		" # #   #",
		"###   # ",
		" # # #  ",
		"  ## # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph682(scale int) []string {
	rows := []string{
		"## # #  ",
		"#   ### ",
		" # #  ##",
		"# ###   ",
		"####   #",
		"#####  #",
		"#  #   #",
		" #### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph683(scale int) []string {
	rows := []string{
		"## ##  #",
		"###   ##",
		"### ### ",
		"### ####",
		"## #####",
		" # # #  ",
		"   ### #",
		"# ## # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph684(scale int) []string {
	rows := []string{
		" ##   ##",
		"#       ",
		"# ## ###",
		"# ##  # ",
		"#  # ###",
		"#  ### #",
		" ###   #",
		"  # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph685(scale int) []string {
	rows := []string{
		"     ###",
		"#     # ",
		" #     #",
		" #  #  #",
		"    ##  ",
		" # # # #",
		"### ## #",
		"  # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph686(scale int) []string {
	rows := []string{
		" ###  # ",
		"###    #",
		" ## ####",
		"#  # #  ",
		"##   # #",
		"###   # ",
		" ## #  #",
		"   # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph687(scale int) []string {
	rows := []string{
		"#  #  # ",
		"  ##    ",
		"   ## ##",
		"#     # ",
		"##   # #",
		" #   #  ",
		"   #### ",
		"#   ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph688(scale int) []string {
	rows := []string{
		"#    ###",
		"   ##   ",
		"  # ## #",
		"  ######",
		" ## ####",
		" # ###  ",
		"#  ##   ",
		"  #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph689(scale int) []string {
	rows := []string{
		"##    # ",
		" #### # ",
		"  ## ###",
		"  # ####",
		"  #  #  ",
		" ##     ",
		"# #  ###",
		"#  ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph690(scale int) []string {
	rows := []string{
		" #    # ",
		"# # #  #",
		" ###  # ",
		"#    ###",
		"#####   ",
		"  # ## #",
		"#  #    ",
		"  ## ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph691(scale int) []string {
	rows := []string{
		"   #  # ",
		"##  #  #",
		"#####   ",
		"# #   ##",
		"# # #   ",
		"## # #  ",
		"   # # #",
		" #  #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph692(scale int) []string {
	rows := []string{
		"## #   #",
		"#     # ",
		" #######",
		"#  #  ##",
		"###    #",
		"#    ## ",
		" #   ###",
		"  ##   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph693(scale int) []string {
	rows := []string{
		"# ##    ",
		"#  #   #",
		" ##     ",
		"### # ##",
		"#### # #",
		"#   ##  ",
		" #  # # ",
		"##    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph694(scale int) []string {
	rows := []string{
		"### ## #",
		"#      #",
		"###  ###",
		"## ### #",
		"    ### ",
		"  #   ##",
		"##### # ",
		" #  # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph695(scale int) []string {
	rows := []string{
		" # # ###",
		"  ## #  ",
		" ##### #",
		"# ## ## ",
		"      ##",
		"##  ## #",
		" ### # #",
		"#  ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph696(scale int) []string {
	rows := []string{
		"#       ",
		"## # ## ",
		" ###  ##",
		"## # #  ",
		"  # ### ",
		" # # #  ",
		"   ## ##",
		" ## ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph697(scale int) []string {
	rows := []string{
		"#####  #",
		"     # #",
		"# ###   ",
		"    #   ",
		"## ###  ",
		"  ## # #",
		" #      ",
		" # # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph698(scale int) []string {
	rows := []string{
		"####  ##",
		"  ####  ",
		"# ## # #",
		"#### ###",
		"#   #  #",
		" #   # #",
		"## ### #",
		"## #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph699(scale int) []string {
	rows := []string{
		" #  ## #",
		"## #####",
		"   # # #",
		"   ### #",
		"# ## ###",
		"### #  #",
		"#   #   ",
		"#### ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph700(scale int) []string {
	rows := []string{
		"# ## #  ",
		"# # #   ",
		"  ## # #",
		"## ##   ",
		" ### #  ",
		"  # #   ",
		"  ###  #",
		"  # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph701(scale int) []string {
	rows := []string{
		"  #   ##",
		"## #### ",
		"## ### #",
		"###   # ",
		"## ## # ",
		" ### # #",
		"# ## # #",
		"#    ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph702(scale int) []string {
	rows := []string{
		"##   ## ",
		"   ## # ",
		"  ## # #",
		"       #",
		"#    ## ",
		"  #   ##",
		"###  # #",
		"  #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph703(scale int) []string {
	rows := []string{
		" #######",
		"## ### #",
		"##   #  ",
		"  ## ## ",
		"##   ## ",
		"# ##    ",
		"##  ####",
		"  #  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph704(scale int) []string {
	rows := []string{
		"## #   #",
		"# #   ##",
		"###  ###",
		" # ### #",
		" # ### #",
		"#   #  #",
		" ### # #",
		"    #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph705(scale int) []string {
	rows := []string{
		" #  #   ",
		"    # ##",
		" #### ##",
		"##### ##",
		"        ",
		" ###### ",
		"  ###  #",
		" ###### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph706(scale int) []string {
	rows := []string{
		" # #    ",
		" ###    ",
		"## # ###",
		" ## #   ",
		"#  #  # ",
		" # #### ",
		" # ##   ",
		"  ##  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph707(scale int) []string {
	rows := []string{
		"  ##### ",
		" # # ## ",
		"### ####",
		"  ## ###",
		"####    ",
		" #  # # ",
		"### ####",
		"### ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph708(scale int) []string {
	rows := []string{
		"#  #####",
		"####### ",
		"# #  #  ",
		"#  ### #",
		"  # ####",
		" ## ### ",
		"    #   ",
		"     # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph709(scale int) []string {
	rows := []string{
		"#      #",
		"#  #  # ",
		"   # ###",
		"#####   ",
		"##  ### ",
		"#    ###",
		" ###### ",
		"  #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph710(scale int) []string {
	rows := []string{
		" ### #  ",
		"####### ",
		"##   ###",
		"###  ## ",
		"  ##  ##",
		"###    #",
		"  ##### ",
		"##  ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph711(scale int) []string {
	rows := []string{
		"# ## # #",
		"#   #  #",
		" #   # #",
		"   ###  ",
		"  ###   ",
		"# ## # #",
		"  ## # #",
		"##   ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph712(scale int) []string {
	rows := []string{
		"#  #    ",
		" # ## # ",
		" # #   #",
		" #  ##  ",
		"  ###   ",
		"  ##   #",
		"  #  ## ",
		"#       ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph713(scale int) []string {
	rows := []string{
		" # # #  ",
		"##  #   ",
		"##  ####",
		" ##   ##",
		"   ### #",
		" ## # ##",
		"  ### # ",
		"   # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph714(scale int) []string {
	rows := []string{
		"  ######",
		"     ###",
		"## ## # ",
		"# ## # #",
		"#### #  ",
		"##  # # ",
		"# ######",
		"# # #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph715(scale int) []string {
	rows := []string{
		"   ##  #",
		"  ## ###",
		"###### #",
		"##   ## ",
		"##  ### ",
		"### #   ",
		"   # # #",
		"##   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph716(scale int) []string {
	rows := []string{
		"# # ####",
		" #####  ",
		"#  #  ##",
		"#   ### ",
		" # ##  #",
		"  ####  ",
		"###   # ",
		"###    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph717(scale int) []string {
	rows := []string{
		"#### # #",
		"    # ##",
		"#  ##   ",
		"# ## ## ",
		"  ## # #",
		"#   # # ",
		"   ##  #",
		"###### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph718(scale int) []string {
	rows := []string{
		"## ##  #",
		"##  ## #",
		"#### ###",
		"# ####  ",
		"####   #",
		"  ## #  ",
		"####    ",
		"## # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph719(scale int) []string {
	rows := []string{
		"    ## #",
		"   # #  ",
		"### #  #",
		"###   ##",
		"  # ##  ",
		"###  ## ",
		"##  #  #",
		"##   ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph720(scale int) []string {
	rows := []string{
		"#  # ## ",
		"    # # ",
		"## ##   ",
		"#   # # ",
		"#    # #",
		"###     ",
		"## ###  ",
		"## #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph721(scale int) []string {
	rows := []string{
		" ## ## #",
		"## #  ##",
		"#  # ###",
		"     ###",
		"# # #   ",
		" #    ##",
		"##   #  ",
		" ### ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph722(scale int) []string {
	rows := []string{
		" # #  ##",
		" ##  ## ",
		"  ###  #",
		" # # ## ",
		" ## ## #",
		"# #  # #",
		"    # # ",
		"#   #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph723(scale int) []string {
	rows := []string{
		"### ## #",
		" #   ## ",
		"## #  # ",
		"##   # #",
		"# # ##  ",
		"      ##",
		" #     #",
		" # ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph724(scale int) []string {
	rows := []string{
		"#   ### ",
		"#    #  ",
		"   ###  ",
		" #  #   ",
		"####   #",
		"#  #    ",
		"## ###  ",
		" ##   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph725(scale int) []string {
	rows := []string{
		"  #   ##",
		"###  ## ",
		"     #  ",
		" #    # ",
		"      # ",
		" #### # ",
		"  # ####",
		"    ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph726(scale int) []string {
	rows := []string{
		" ##    #",
		" #######",
		" #   #  ",
		"#####   ",
		"## #### ",
		"#    #  ",
		"## #  ##",
		"    ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph727(scale int) []string {
	rows := []string{
		"# #  ###",
		" ### ###",
		"##   #  ",
		"### ####",
		" # ##   ",
		" # # #  ",
		"   ## ##",
		" ##  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph728(scale int) []string {
	rows := []string{
		"## ###  ",
		" # ##  #",
		" #  ####",
		"####  ##",
		" # # ###",
		"  #   ##",
		"   #  # ",
		" ###### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph729(scale int) []string {
	rows := []string{
		"# ##   #",
		"# #   ##",
		" #  ## #",
		"# # ## #",
		"###  #  ",
		"   # ## ",
		" ### # #",
		"   ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph730(scale int) []string {
	rows := []string{
		"#     # ",
		"#   # # ",
		"# #  ## ",
		" ### # #",
		" #  # # ",
		"# ######",
		"  ######",
		" ###### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph731(scale int) []string {
	rows := []string{
		" ###  ##",
		"###### #",
		"     ###",
		"###  #  ",
		"###   ##",
		"#     ##",
		"  ### ##",
		"    # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph732(scale int) []string {
	rows := []string{
		"      # ",
		" # # ## ",
		"  # ## #",
		" # #  # ",
		"### ## #",
		"# ######",
		"####  # ",
		" ##  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph733(scale int) []string {
	rows := []string{
		"# #   ##",
		"# ### # ",
		"   # #  ",
		" # ## # ",
		" #  ####",
		"###  # #",
		"# # # ##",
		"### ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph734(scale int) []string {
	rows := []string{
		"   #####",
		"        ",
		"#   # # ",
		"# ### # ",
		"#  #   #",
		" ## #  #",
		"# #  ###",
		"##   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph735(scale int) []string {
	rows := []string{
		"     #  ",
		"  # # ##",
		"#  ###  ",
		" ##### #",
		"## #    ",
		" ##### #",
		" # ## # ",
		" ## # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph736(scale int) []string {
	rows := []string{
		"   ##   ",
		"##  # # ",
		"  ## # #",
		"#  ## ##",
		"  ## ###",
		" # ##   ",
		" # #### ",
		"#    ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph737(scale int) []string {
	rows := []string{
		"#####   ",
		"  ### # ",
		" # #    ",
		"       #",
		"#  # #  ",
		"  # # # ",
		"# ###  #",
		"# ###  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph738(scale int) []string {
	rows := []string{
		"###  #  ",
		" ##  ## ",
		"   # #  ",
		"#  ##   ",
		"  ##  # ",
		" ###   #",
		" # ##  #",
		" ##   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph739(scale int) []string {
	rows := []string{
		"# #   ##",
		"#### #  ",
		"# ##    ",
		" ##     ",
		"#  #    ",
		"    # # ",
		"  ####  ",
		"###     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph740(scale int) []string {
	rows := []string{
		"######  ",
		" #   ## ",
		" ###  ##",
		"##      ",
		"  # #   ",
		"   ###  ",
		" ##  ## ",
		"#  # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph741(scale int) []string {
	rows := []string{
		"# ####  ",
		" #  # # ",
		" # # ## ",
		"#### # #",
		"##    # ",
		"#    #  ",
		"    ## #",
		" ###  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph742(scale int) []string {
	rows := []string{
		" # #####",
		" #  ##  ",
		"#  ###  ",
		"# # # ##",
		"## #####",
		" ##     ",
		"  ###  #",
		"##  # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph743(scale int) []string {
	rows := []string{
		"##  #  #",
		"   #### ",
		"#       ",
		" ### #  ",
		"# ## ## ",
		"##### # ",
		" ### # #",
		" ### # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph744(scale int) []string {
	rows := []string{
		"# # #  #",
		" ##   ##",
		"##    ##",
		"  #     ",
		" ##  # #",
		"  #   ##",
		"# # ##  ",
		"  ##    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph745(scale int) []string {
	rows := []string{
		"#  # ## ",
		"  #  # #",
		" ## ##  ",
		"   # ###",
		"#   ## #",
		"#  ##   ",
		"#  ##  #",
		"   # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph746(scale int) []string {
	rows := []string{
		"   #    ",
		" ###### ",
		"  #  ###",
		" # # ###",
		"  ###  #",
		"####  ##",
		"# ## ###",
		" #  ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph747(scale int) []string {
	rows := []string{
		" #  ### ",
		"# ##### ",
		"####   #",
		"# ### ##",
		"   ## # ",
		"### # # ",
		"## #    ",
		"  ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph748(scale int) []string {
	rows := []string{
		" # ### #",
		"# # #  #",
		" ##  # #",
		"# ##   #",
		" ##  ## ",
		"## #  # ",
		"  #   ##",
		" # #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph749(scale int) []string {
	rows := []string{
		"# ## # #",
		"# ####  ",
		" #####  ",
		" ### # #",
		"   #  # ",
		" #  ### ",
		" ##  ###",
		"# ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph750(scale int) []string {
	rows := []string{
		"#   #  #",
		"     ## ",
		"# ###   ",
		"  ### # ",
		" #  # ##",
		" ## ##  ",
		"#     # ",
		"##      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph751(scale int) []string {
	rows := []string{
		"   ### #",
		" # #### ",
		"## ## # ",
		"##  # # ",
		"  # ## #",
		"###    #",
		" ##   # ",
		"#####  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph752(scale int) []string {
	rows := []string{
		"####    ",
		" ##  ## ",
		"     ## ",
		" ## ##  ",
		"###     ",
		"   # ## ",
		"   ### #",
		"#   ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph753(scale int) []string {
	rows := []string{
		"## ## # ",
		"      # ",
		"###### #",
		"        ",
		" #   ## ",
		"  #    #",
		"### #  #",
		"  ##   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph754(scale int) []string {
	rows := []string{
		" # ## # ",
		" ## ####",
		"##  #   ",
		"###  ###",
		" #####  ",
		"#   #  #",
		" # # ## ",
		"##    # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph755(scale int) []string {
	rows := []string{
		"#  #    ",
		"#  # # #",
		"# # ##  ",
		"## #    ",
		"# ## ## ",
		" ### #  ",
		" ## # # ",
		"#####  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph756(scale int) []string {
	rows := []string{
		" ###  # ",
		"# # #  #",
		"### ##  ",
		"# #   ##",
		"  ###   ",
		"  # # # ",
		"  #   # ",
		"##      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph757(scale int) []string {
	rows := []string{
		"#### # #",
		" ## ####",
		"#  #### ",
		"##    ##",
		"## ##   ",
		" # ##  #",
		"    #   ",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph758(scale int) []string {
	rows := []string{
		" ####   ",
		"### # # ",
		"  #### #",
		"#  #    ",
		"## #####",
		"### ##  ",
		"  ## # #",
		"# #  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph759(scale int) []string {
	rows := []string{
		"#  ### #",
		" # #### ",
		"  ##    ",
		" ## # ##",
		"# #  # #",
		"## ##   ",
		" # # ###",
		"   ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph760(scale int) []string {
	rows := []string{
		"# # ### ",
		"    #  #",
		"## ##  #",
		"# #  ###",
		"## # ## ",
		"#    #  ",
		"#### # #",
		"#  #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph761(scale int) []string {
	rows := []string{
		"   # ###",
		" ## ### ",
		"#### # #",
		"####    ",
		"# ## #  ",
		"# ####  ",
		" #    ##",
		"  #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph762(scale int) []string {
	rows := []string{
		"#  ##   ",
		"  #   # ",
		"  #  ## ",
		"######  ",
		"    ## #",
		"## ### #",
		"#   #  #",
		"  ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph763(scale int) []string {
	rows := []string{
		"  ######",
		"#  ##   ",
		" #### ##",
		" ##   # ",
		"### # # ",
		"### ### ",
		"#   ### ",
		"##  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph764(scale int) []string {
	rows := []string{
		" ### ###",
		"#   ##  ",
		"   ##   ",
		"     ## ",
		"   #  # ",
		"#  # ## ",
		" #   # #",
		"   # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph765(scale int) []string {
	rows := []string{
		"#### ## ",
		"   #  ##",
		"## #   #",
		"###     ",
		"####  # ",
		"# #   # ",
		" #  #   ",
		" #   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph766(scale int) []string {
	rows := []string{
		" # ##  #",
		"#   #  #",
		"  ##  ##",
		"## #   #",
		"##    # ",
		"  #  ## ",
		"## #    ",
		" #  ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph767(scale int) []string {
	rows := []string{
		"#   #   ",
		"###  ###",
		"#    ## ",
		"     #  ",
		"##  ##  ",
		"# #  #  ",
		"#     # ",
		"# ###   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph768(scale int) []string {
	rows := []string{
		" # #  ##",
		" #   #  ",
		"## #  # ",
		"# ## # #",
		" #  #   ",
		"### # # ",
		"# #    #",
		"####   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph769(scale int) []string {
	rows := []string{
		"# ####  ",
		"#  ## ##",
		"    # # ",
		"### ## #",
		"  # # # ",
		"#  # # #",
		"#  #####",
		" ##    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph770(scale int) []string {
	rows := []string{
		" ####  #",
		"  #    #",
		"###### #",
		" ### ###",
		"   # #  ",
		"      ##",
		"## ### #",
		"  # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph771(scale int) []string {
	rows := []string{
		"  ##### ",
		"   ## ##",
		"##  ### ",
		"### # # ",
		"# ##  ##",
		"##  ### ",
		"       #",
		"###### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph772(scale int) []string {
	rows := []string{
		"   # ###",
		" ## ##  ",
		"#  ## ##",
		"## #   #",
		"## ##  #",
		"# #  ###",
		"  #   # ",
		" ##  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph773(scale int) []string {
	rows := []string{
		" #  #   ",
		" # #####",
		"    #   ",
		"     # #",
		"###  ## ",
		"### #   ",
		"   ###  ",
		"#  ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph774(scale int) []string {
	rows := []string{
		"  # ####",
		"##  ####",
		"  #     ",
		"     # #",
		"   #  # ",
		"#####   ",
		"#     # ",
		"   ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph775(scale int) []string {
	rows := []string{
		" ####   ",
		"   # #  ",
		"  # ####",
		" #### ##",
		"#####   ",
		"##    ##",
		"#     # ",
		"# # #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph776(scale int) []string {
	rows := []string{
		"# ##    ",
		" ## ####",
		" #   #  ",
		" ####   ",
		"    #  #",
		"# ## ## ",
		"# ####  ",
		"   #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph777(scale int) []string {
	rows := []string{
		" ## ## #",
		" #   #  ",
		"  ### # ",
		" ## ##  ",
		"##   # #",
		"  ###  #",
		"#### ## ",
		"   #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph778(scale int) []string {
	rows := []string{
		"  #  ## ",
		" #  ### ",
		"  ###  #",
		" # #  ##",
		"## ##  #",
		"#  # ###",
		"#  ###  ",
		"   # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph779(scale int) []string {
	rows := []string{
		"   ##  #",
		"### ##  ",
		" ### #  ",
		"# #  # #",
		" ##    #",
		"## #### ",
		"## #  ##",
		"    ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph780(scale int) []string {
	rows := []string{
		"# #  # #",
		"####   #",
		" #    ##",
		"  ### # ",
		"###    #",
		"     # #",
		"# ######",
		" # ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph781(scale int) []string {
	rows := []string{
		"#     # ",
		"  ## # #",
		"  ##    ",
		" ### #  ",
		" #  #  #",
		"     #  ",
		"    #   ",
		"# # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph782(scale int) []string {
	rows := []string{
		"##  ####",
		"#   #   ",
		"###   ##",
		"#  ###  ",
		" ## # ##",
		"##### ##",
		"##      ",
		" # ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph783(scale int) []string {
	rows := []string{
		"       #",
		"# ###   ",
		"    #   ",
		"## #  ##",
		"####    ",
		" ## ## #",
		"#   #   ",
		"    #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph784(scale int) []string {
	rows := []string{
		" ## #  #",
		" #   ###",
		" # #  # ",
		" ###    ",
		"## ### #",
		"#  # # #",
		"## ## # ",
		"# #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph785(scale int) []string {
	rows := []string{
		"  #  ## ",
		"# # ## #",
		"##  ### ",
		"#   ####",
		"##   ## ",
		" #### # ",
		" #####  ",
		"#  ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph786(scale int) []string {
	rows := []string{
		"## #   #",
		"  ##   #",
		"#   ### ",
		"  ### ##",
		"  ##   #",
		"        ",
		" ## ### ",
		"# ## #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph787(scale int) []string {
	rows := []string{
		"# ## ###",
		"## #    ",
		"        ",
		" #  ##  ",
		"# #  #  ",
		" ##   # ",
		" ##  ###",
		" ## # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph788(scale int) []string {
	rows := []string{
		" ## ####",
		"   #   #",
		" # #  # ",
		"#  #   #",
		"## ###  ",
		"#####  #",
		"# ###   ",
		" #   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph789(scale int) []string {
	rows := []string{
		" ### ###",
		" ## ### ",
		"###  ###",
		"## ##  #",
		"#      #",
		" ### #  ",
		"##    ##",
		"###  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph790(scale int) []string {
	rows := []string{
		"#  #  ##",
		"### ####",
		"# ###  #",
		"###  ## ",
		"    ## #",
		" # #  ##",
		"  # # ##",
		" ## #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph791(scale int) []string {
	rows := []string{
		"####  ##",
		" ## ####",
		"#      #",
		"#  # ###",
		"     #  ",
		" # ##  #",
		"#####  #",
		"  #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph792(scale int) []string {
	rows := []string{
		"   ## ##",
		"##   ###",
		"  ## #  ",
		"  ##   #",
		"### ### ",
		"# #    #",
		"  # ### ",
		"#  ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph793(scale int) []string {
	rows := []string{
		" #  ## #",
		"##   # #",
		"## ## ##",
		"#  ### #",
		"### # ##",
		" #  #   ",
		"# ##  ##",
		"# ### # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph794(scale int) []string {
	rows := []string{
		"    # # ",
		" ##  #  ",
		"  #   # ",
		"#  #  ##",
		" # ### #",
		"     #  ",
		" # #####",
		" # ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph795(scale int) []string {
	rows := []string{
		"# ##    ",
		" #   ## ",
		"#  #### ",
		"# #    #",
		"  #  ## ",
		"  # # ##",
		"###     ",
		"  ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph796(scale int) []string {
	rows := []string{
		"#  ##   ",
		"  ##### ",
		" #      ",
		" #   ## ",
		"       #",
		"   ### #",
		"##  # ##",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph797(scale int) []string {
	rows := []string{
		" ###   #",
		"# # # # ",
		"    ### ",
		"# ###   ",
		" # ### #",
		"    ### ",
		"  # #   ",
		"## ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph798(scale int) []string {
	rows := []string{
		"#    # #",
		"#  # # #",
		"# #  ## ",
		" #     #",
		"#### ## ",
		"###   # ",
		"  ##  ##",
		"  # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph799(scale int) []string {
	rows := []string{
		"   # #  ",
		"#   # ##",
		"   ##   ",
		"# # ## #",
		"# ## #  ",
		"# # ## #",
		" #   ## ",
		" ##  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph800(scale int) []string {
	rows := []string{
		" # #   #",
		"### ### ",
		"## #  # ",
		" #     #",
		"#   ##  ",
		" ###### ",
		"####### ",
		"#    ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph801(scale int) []string {
	rows := []string{
		"  # #   ",
		" #  # # ",
		"   ## # ",
		"#    #  ",
		"#      #",
		"    ## #",
		"  ##    ",
		" ##     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph802(scale int) []string {
	rows := []string{
		"  # ##  ",
		"#      #",
		"  ## #  ",
		" #  ####",
		"#  #####",
		"   # ## ",
		" ##     ",
		"  #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph803(scale int) []string {
	rows := []string{
		"#      #",
		"   #    ",
		"#  # ###",
		" #######",
		" # # ## ",
		"#  #####",
		" #   # #",
		"  ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph804(scale int) []string {
	rows := []string{
		"    #  #",
		"  # ##  ",
		"##    # ",
		"     #  ",
		"    # ##",
		"##    # ",
		"## ##  #",
		" ###  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph805(scale int) []string {
	rows := []string{
		"##      ",
		" # # #  ",
		" #   # #",
		"#    ## ",
		" ## ### ",
		" #   #  ",
		"   #####",
		"#   ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph806(scale int) []string {
	rows := []string{
		"# # # ##",
		"##  ##  ",
		"  # # # ",
		"# ####  ",
		"    ### ",
		"  # ####",
		"#  #  ##",
		" #######",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph807(scale int) []string {
	rows := []string{
		"## #  # ",
		" ### ###",
		"##    ##",
		"#####   ",
		"# # #  #",
		"####  ##",
		"   ### #",
		" # # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph808(scale int) []string {
	rows := []string{
		" ###  # ",
		" #    ##",
		" ##     ",
		"#  ## # ",
		"###  ###",
		"   #   #",
		"  #### #",
		"  #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph809(scale int) []string {
	rows := []string{
		"#  # # #",
		" # #   #",
		"##### ##",
		" # ## ##",
		" ##  #  ",
		"# #### #",
		"#   ##  ",
		"  # #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph810(scale int) []string {
	rows := []string{
		"#  #### ",
		" # # ###",
		"     #  ",
		"## ##  #",
		" ### #  ",
		"#  ##   ",
		"##### ##",
		"  # # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph811(scale int) []string {
	rows := []string{
		"    # ##",
		"     ###",
		"####    ",
		"#  #### ",
		"   #  # ",
		"   # # #",
		"##### ##",
		"   # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph812(scale int) []string {
	rows := []string{
		" #  ####",
		"   ##  #",
		"## ##   ",
		"###   # ",
		"  ## ## ",
		" # ##   ",
		"# ## #  ",
		" ###    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph813(scale int) []string {
	rows := []string{
		" # #  ##",
		"  #  # #",
		"########",
		"# ## ## ",
		" ###    ",
		"# #   # ",
		" #####  ",
		"    ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph814(scale int) []string {
	rows := []string{
		"# #  # #",
		"  # # ##",
		"#   ## #",
		"   ## # ",
		"## ##  #",
		"##   #  ",
		"###     ",
		" #   ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph815(scale int) []string {
	rows := []string{
		"  ##  ##",
		"##   ## ",
		" ###### ",
		"##  #  #",
		"#  ## # ",
		"# # #  #",
		"  # ####",
		" # #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph816(scale int) []string {
	rows := []string{
		"  # ##  ",
		" ### # #",
		"    ####",
		"    ##  ",
		" ##### #",
		" ## ## #",
		"## # #  ",
		" ### ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph817(scale int) []string {
	rows := []string{
		"    ### ",
		"#  ##   ",
		"### ## #",
		" # # ###",
		" ## # # ",
		"# #     ",
		" ### #  ",
		" # ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph818(scale int) []string {
	rows := []string{
		"# ##  ##",
		"   # ###",
		"# ##### ",
		"# #  # #",
		"####  # ",
		"   # ###",
		" #  ### ",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph819(scale int) []string {
	rows := []string{
		"# ## #  ",
		"# #   # ",
		"#   ##  ",
		"#### ## ",
		" #   # #",
		" ## #  #",
		" # ##   ",
		"## #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph820(scale int) []string {
	rows := []string{
		"    ### ",
		"#     ##",
		"#    # #",
		" ## ####",
		"#       ",
		" ####  #",
		" # #### ",
		" #   ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph821(scale int) []string {
	rows := []string{
		"### ##  ",
		"##      ",
		"### ##  ",
		"##   ###",
		" # # # #",
		"# ##   #",
		"## #  ##",
		"# #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph822(scale int) []string {
	rows := []string{
		" ###  ##",
		"  ## ###",
		"# #    #",
		"     ## ",
		"# # # ##",
		"# #     ",
		"#  #  ##",
		"#  #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph823(scale int) []string {
	rows := []string{
		"# # ## #",
		"#  ## # ",
		"###  # #",
		"  ### ##",
		"  #   # ",
		"  ##    ",
		"#  #  ##",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph824(scale int) []string {
	rows := []string{
		"###   ##",
		" ###    ",
		" #      ",
		"#  # ## ",
		"   # #  ",
		"#  # #  ",
		"# ## ## ",
		" ##### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph825(scale int) []string {
	rows := []string{
		"# # #  #",
		"    #   ",
		"  #    #",
		"# # #  #",
		"#  #    ",
		" #  ##  ",
		"  ##   #",
		"###  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph826(scale int) []string {
	rows := []string{
		"# # ##  ",
		"# # ### ",
		"   ## ##",
		" # # ## ",
		"    #   ",
		" ###  # ",
		" ##  ## ",
		"###### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph827(scale int) []string {
	rows := []string{
		"#  ##  #",
		"#   ##  ",
		" ##### #",
		"        ",
		"## ##  #",
		"   # ## ",
		"# # ## #",
		"#   #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph828(scale int) []string {
	rows := []string{
		"    ####",
		"  # #   ",
		" # # # #",
		"  # # ##",
		"## #  # ",
		" #### # ",
		"  # ####",
		"#   #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph829(scale int) []string {
	rows := []string{
		" # #### ",
		"# #     ",
		"## # # #",
		" ###    ",
		"# ## # #",
		"#      #",
		" ##  # #",
		"#  ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph830(scale int) []string {
	rows := []string{
		"# ### # ",
		"#   ####",
		" #######",
		"  #    #",
		"  #    #",
		"### ##  ",
		"# ## #  ",
		"#  ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph831(scale int) []string {
	rows := []string{
		"# #   # ",
		" ## # # ",
		" ###    ",
		"     ## ",
		"## #  ##",
		"  # ### ",
		"# # # # ",
		"# #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph832(scale int) []string {
	rows := []string{
		"   #  # ",
		"#    # #",
		"#   ##  ",
		"## #### ",
		"  ## ## ",
		" #   #  ",
		"   #####",
		"  # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph833(scale int) []string {
	rows := []string{
		"#    #  ",
		"  ### # ",
		"   #  ##",
		" ### ## ",
		"### ##  ",
		"  # ### ",
		"#  ###  ",
		"     #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph834(scale int) []string {
	rows := []string{
		"  #     ",
		"   # ## ",
		"  ##  # ",
		" ## ####",
		"##  #   ",
		"#  ##   ",
		" ##  #  ",
		"##   ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph835(scale int) []string {
	rows := []string{
		"   ##  #",
		" #     #",
		"  #  # #",
		"# #   # ",
		"#    # #",
		"   #   #",
		" ###  # ",
		"#  ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph836(scale int) []string {
	rows := []string{
		"  #  ## ",
		"#  #    ",
		"   #####",
		"    ### ",
		"##  ####",
		" ####   ",
		"## # # #",
		" # ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph837(scale int) []string {
	rows := []string{
		"## ## # ",
		"#  ###  ",
		"    ####",
		"#   #  #",
		" ##  # #",
		" # ## ##",
		"###  ## ",
		" # #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph838(scale int) []string {
	rows := []string{
		"#   # # ",
		" ##  # #",
		" #   ###",
		" # #####",
		"  ##  # ",
		" ###    ",
		" ##  ## ",
		" ##  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph839(scale int) []string {
	rows := []string{
		"  ## ## ",
		"#  ##   ",
		" # #    ",
		" #   ## ",
		" #  ##  ",
		"   #  ##",
		"######  ",
		"### ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph840(scale int) []string {
	rows := []string{
		"##   #  ",
		"   ## ##",
		"#    #  ",
		"#  # # #",
		"   ### #",
		"# ####  ",
		"# #  ###",
		"##    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph841(scale int) []string {
	rows := []string{
		" #  ####",
		"# ## # #",
		" ##     ",
		"   # ## ",
		" #  ### ",
		" ##  ## ",
		" ## ##  ",
		"  ## ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph842(scale int) []string {
	rows := []string{
		"  # ##  ",
		"     ###",
		" ### #  ",
		" #    ##",
		"## #    ",
		"#    #  ",
		"# ## # #",
		"    ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph843(scale int) []string {
	rows := []string{
		"  ######",
		"### #   ",
		"  ##  ##",
		"###  # #",
		"##  # ##",
		"#      #",
		" #### ##",
		"     ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph844(scale int) []string {
	rows := []string{
		" ##  ## ",
		" ###### ",
		"  ## ###",
		"#   # ##",
		"## #    ",
		" #    ##",
		"## #### ",
		"  #  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph845(scale int) []string {
	rows := []string{
		"#   ### ",
		" # ### #",
		"# ###  #",
		"## ## # ",
		" #  ## #",
		"# ### # ",
		" #  ## #",
		" # ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph846(scale int) []string {
	rows := []string{
		"###### #",
		"   ## # ",
		"#  ###  ",
		"     ## ",
		" ##   # ",
		"###  #  ",
		"### # ##",
		"# # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph847(scale int) []string {
	rows := []string{
		"#####  #",
		"#### # #",
		"####   #",
		"########",
		" ## ####",
		"### ### ",
		"### ## #",
		"     # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph848(scale int) []string {
	rows := []string{
		"#    #  ",
		" ###  # ",
		"#    #  ",
		" #### # ",
		"    #   ",
		"## #   #",
		" # ### #",
		"   ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph849(scale int) []string {
	rows := []string{
		"##  ####",
		"  ### # ",
		"#  ##   ",
		"#  #    ",
		"   # ## ",
		" ##  ## ",
		"   ##  #",
		"###    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph850(scale int) []string {
	rows := []string{
		"#  ##   ",
		"## ##  #",
		"#####   ",
		"#  ## # ",
		"  # #  #",
		" #  ## #",
		" ### ## ",
		" # # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph851(scale int) []string {
	rows := []string{
		"   #### ",
		"  ## # #",
		"  ##  ##",
		" #  # # ",
		"#    # #",
		" ##### #",
		" ##     ",
		" #   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph852(scale int) []string {
	rows := []string{
		"##    ##",
		"#  ##  #",
		"# ##    ",
		"##### # ",
		"  #  # #",
		"   #  ##",
		"## ##  #",
		"##   ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph853(scale int) []string {
	rows := []string{
		"     # #",
		"##  ####",
		"   # # #",
		"###    #",
		"####    ",
		" # #  ##",
		"#    #  ",
		"   #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph854(scale int) []string {
	rows := []string{
		"#   ####",
		" ##  #  ",
		" ## ### ",
		"  #### #",
		"##### ##",
		"## ##   ",
		" ####   ",
		" #  # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph855(scale int) []string {
	rows := []string{
		" ##### #",
		"## #### ",
		" # #  # ",
		"   # ###",
		"# ###  #",
		"## #   #",
		"## #####",
		" ##    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph856(scale int) []string {
	rows := []string{
		"####  # ",
		"    ####",
		"## #####",
		"#  #####",
		"#  # ## ",
		" ##     ",
		" ## #   ",
		"# ## # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph857(scale int) []string {
	rows := []string{
		"#  ## ##",
		"  ### ##",
		"#   ## #",
		" #  ##  ",
		" ### ###",
		"# # ##  ",
		" ##   ##",
		" #  ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph858(scale int) []string {
	rows := []string{
		"#  #####",
		"# ## #  ",
		" ###  ##",
		"# #     ",
		"## ##  #",
		"##  ####",
		"### #   ",
		"##   ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph859(scale int) []string {
	rows := []string{
		"   # ###",
		"# ### ##",
		"  ## ###",
		" #    ##",
		"     ###",
		"  ##    ",
		"   ## # ",
		" #   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph860(scale int) []string {
	rows := []string{
		"  #     ",
		"#### #  ",
		"##  ####",
		" # #### ",
		"  ##    ",
		" ## ##  ",
		"#   ### ",
		"   #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph861(scale int) []string {
	rows := []string{
		"### #   ",
		"####### ",
		"   ## ##",
		" #  ### ",
		"    #   ",
		"# # #  #",
		"##    # ",
		" ###   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph862(scale int) []string {
	rows := []string{
		"### # # ",
		"# # ## #",
		"### # # ",
		"  # # ##",
		" ##     ",
		"#  # # #",
		"  # ## #",
		" #  ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph863(scale int) []string {
	rows := []string{
		"  ## ## ",
		"# ##   #",
		"# ###  #",
		"   # ## ",
		"####  # ",
		"    ####",
		"  ### # ",
		" #  #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph864(scale int) []string {
	rows := []string{
		"## ##   ",
		"  #  ###",
		"#   ####",
		" # #####",
		"# ##### ",
		"   #   #",
		"##  # # ",
		" ###    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph865(scale int) []string {
	rows := []string{
		"  # # # ",
		" ###   #",
		"#####   ",
		"# ####  ",
		" ##   # ",
		"#  ## # ",
		" #  ### ",
		"  # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph866(scale int) []string {
	rows := []string{
		"##  # # ",
		"##  ## #",
		"#### ###",
		"### ### ",
		"##### # ",
		"#   #   ",
		"        ",
		"# # #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph867(scale int) []string {
	rows := []string{
		"#  # # #",
		"#  #### ",
		"#####   ",
		" # ##  #",
		"    # # ",
		"# #  # #",
		"## #    ",
		"#  #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph868(scale int) []string {
	rows := []string{
		"  # ####",
		"##  #  #",
		"#  # #  ",
		"        ",
		"#    ###",
		"### ####",
		"#   ### ",
		"### #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph869(scale int) []string {
	rows := []string{
		"    #   ",
		"# ##   #",
		"####   #",
		"####  ##",
		"#  # ###",
		"# #  #  ",
		"# ##  ##",
		"   ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph870(scale int) []string {
	rows := []string{
		" # # # #",
		"#  #####",
		"# # #   ",
		" ##### #",
		"  ### # ",
		"  # ## #",
		" ## ### ",
		" #### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph871(scale int) []string {
	rows := []string{
		"## #####",
		"     ###",
		"### ### ",
		" # #    ",
		" # ## # ",
		" #### # ",
		"  #### #",
		"## # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph872(scale int) []string {
	rows := []string{
		"###   # ",
		"## #   #",
		"#    # #",
		" #  # # ",
		"## ##  #",
		"     ###",
		"## ## ##",
		"    #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph873(scale int) []string {
	rows := []string{
		"  # ####",
		"# ###  #",
		"# ### ##",
		"  ###  #",
		" ###  ##",
		"     ###",
		"#  # #  ",
		"  #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph874(scale int) []string {
	rows := []string{
		"      # ",
		"# # ####",
		"## ## ##",
		"####  # ",
		"########",
		"    #   ",
		" #  ####",
		" #######",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph875(scale int) []string {
	rows := []string{
		" # # # #",
		" # #### ",
		" #  # # ",
		" #   ## ",
		"### ##  ",
		" # # #  ",
		"#  # # #",
		"## # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph876(scale int) []string {
	rows := []string{
		"  ###   ",
		"#   ####",
		"#  ### #",
		"## # #  ",
		"### ####",
		"  # ##  ",
		"### #  #",
		"#     # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph877(scale int) []string {
	rows := []string{
		"#  ## ##",
		"##   # #",
		"##    ##",
		"     #  ",
		"# #  ###",
		"#  # #  ",
		"# ##    ",
		"#      #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph878(scale int) []string {
	rows := []string{
		"####   #",
		"        ",
		"##   ###",
		"#  # ## ",
		"    #   ",
		"    ## #",
		" ## ### ",
		"  #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph879(scale int) []string {
	rows := []string{
		"  #     ",
		"      # ",
		"  ######",
		"# ## ###",
		"    #   ",
		" # #    ",
		"  ###  #",
		" #######",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph880(scale int) []string {
	rows := []string{
		"#      #",
		"###  # #",
		"# # #  #",
		"# ###   ",
		"  ## ###",
		"#    # #",
		"  # ##  ",
		" #  ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph881(scale int) []string {
	rows := []string{
		"  ##   #",
		"# ## ###",
		"####  # ",
		"        ",
		"####   #",
		"#  ###  ",
		"# # ### ",
		"  ### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph882(scale int) []string {
	rows := []string{
		" ##  #  ",
		"## ###  ",
		"###  # #",
		" ### ## ",
		" ###    ",
		" ## ### ",
		"##  ## #",
		"## #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph883(scale int) []string {
	rows := []string{
		"## ## # ",
		"###  ###",
		" #  ##  ",
		" ###    ",
		"##    # ",
		"# ### ##",
		"##  # ##",
		"##  ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph884(scale int) []string {
	rows := []string{
		"  ## #  ",
		"#   ##  ",
		" #  # ##",
		"  ### # ",
		"## # # #",
		"  #   ##",
		"# #  ###",
		"## ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph885(scale int) []string {
	rows := []string{
		" #  ## #",
		"# ##   #",
		" # #   #",
		"# #   ##",
		" ## # ##",
		"#    ## ",
		"  ##  ##",
		"# ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph886(scale int) []string {
	rows := []string{
		"  ## # #",
		" #   ###",
		"# ##   #",
		" ## #  #",
		"####  ##",
		"## #  # ",
		"##   ###",
		"  #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph887(scale int) []string {
	rows := []string{
		"## #### ",
		"       #",
		"######  ",
		"##  # # ",
		"## ### #",
		"## ## # ",
		" #### # ",
		"##    # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph888(scale int) []string {
	rows := []string{
		"##  #  #",
		" # ###  ",
		"# #     ",
		"### #   ",
		"      # ",
		"## ## # ",
		"##  ##  ",
		"## # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph889(scale int) []string {
	rows := []string{
		"## #    ",
		"  ##### ",
		"#    # #",
		"## ##   ",
		"## ### #",
		"##   #  ",
		" ####   ",
		" # ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph890(scale int) []string {
	rows := []string{
		"      # ",
		"     ## ",
		"#### ## ",
		"# ##   #",
		"## ##   ",
		"#  #  # ",
		"# # ##  ",
		"##   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph891(scale int) []string {
	rows := []string{
		"# # # ##",
		"# #  # #",
		"####  ##",
		"  ## ###",
		" #   # #",
		"  #     ",
		"  #  # #",
		"     ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph892(scale int) []string {
	rows := []string{
		"#    ## ",
		"#### ###",
		"## #    ",
		" #  #   ",
		" ####  #",
		" # #    ",
		"   ## ##",
		" ##     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph893(scale int) []string {
	rows := []string{
		" ### ###",
		"## # #  ",
		"# #    #",
		" #      ",
		"   # ## ",
		"#     ##",
		"  # ## #",
		"# ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph894(scale int) []string {
	rows := []string{
		"#  #### ",
		" # #   #",
		"## # ###",
		"#    ###",
		"##  # ##",
		"#   # # ",
		"# #  ## ",
		" ### ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph895(scale int) []string {
	rows := []string{
		"##     #",
		" #    ##",
		"  #     ",
		"  ##  ##",
		"##   #  ",
		"#   #  #",
		"## ## ##",
		"## ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph896(scale int) []string {
	rows := []string{
		"##  #  #",
		"#     # ",
		"## #   #",
		" #      ",
		"## ## ##",
		"##### # ",
		"####    ",
		"# ## #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph897(scale int) []string {
	rows := []string{
		"  ## #  ",
		"#   ## #",
		"# # ### ",
		" #   ###",
		" #   #  ",
		"  ###   ",
		"##    # ",
		"#   ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph898(scale int) []string {
	rows := []string{
		"# ####  ",
		" #   ###",
		"# ###   ",
		"  # ## #",
		"   #####",
		"  #### #",
		"   #### ",
		" ##  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph899(scale int) []string {
	rows := []string{
		"## ###  ",
		"# ####  ",
		"# # ##  ",
		"##     #",
		"####  ##",
		"#####   ",
		" ###### ",
		"###### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph900(scale int) []string {
	rows := []string{
		"  #  #  ",
		"#  #####",
		"## ## ##",
		"##   #  ",
		"  #### #",
		"##   #  ",
		"# ## #  ",
		"### # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph901(scale int) []string {
	rows := []string{
		"#  # ###",
		"## #  # ",
		"  ## ## ",
		"# # ####",
		" #  # # ",
		" #   ###",
		"#    # #",
		" ###  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph902(scale int) []string {
	rows := []string{
		"###  ###",
		" ## # ##",
		"# ## #  ",
		" ###  ##",
		" ##   ##",
		" ##     ",
		"   # #  ",
		" # #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph903(scale int) []string {
	rows := []string{
		"##  ## #",
		" # #   #",
		"##    # ",
		"#   #  #",
		" # #   #",
		"# #    #",
		"#   ## #",
		"## #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph904(scale int) []string {
	rows := []string{
		"# ###  #",
		"   #####",
		"# ## #  ",
		"  ######",
		" #   #  ",
		"# #     ",
		"#   ### ",
		" #  #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph905(scale int) []string {
	rows := []string{
		" ### ###",
		"# # # ##",
		" #  ##  ",
		"   ###  ",
		"  #  #  ",
		" ## # # ",
		"# # # # ",
		"##    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph906(scale int) []string {
	rows := []string{
		" #   ###",
		" #     #",
		"  ## ###",
		"# #    #",
		"  #  # #",
		" #  ##  ",
		"        ",
		" # #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph907(scale int) []string {
	rows := []string{
		"    #   ",
		"## # ###",
		"### #   ",
		"# #   # ",
		"        ",
		"#  ## # ",
		"  # ## #",
		"## ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph908(scale int) []string {
	rows := []string{
		" #   # #",
		"#  # ###",
		" #  ### ",
		"#####  #",
		" # ## ##",
		"# #  ## ",
		" #  # # ",
		" #  ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph909(scale int) []string {
	rows := []string{
		"  #   ##",
		"##### ##",
		" #####  ",
		"   # ###",
		"#####   ",
		"  ### ##",
		"    #  #",
		"## ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph910(scale int) []string {
	rows := []string{
		" ### #  ",
		"####   #",
		" ###  ##",
		"   ## # ",
		" #     #",
		"  # ####",
		"#  ##  #",
		"##  #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph911(scale int) []string {
	rows := []string{
		"    ## #",
		" #   ###",
		"# #   # ",
		"  ###   ",
		"  ####  ",
		"  ###  #",
		"  #  #  ",
		"#   #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph912(scale int) []string {
	rows := []string{
		"### # # ",
		"#  #  ##",
		"#  #    ",
		"  ## #  ",
		"#  ## ##",
		" #      ",
		" ### ###",
		" # #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph913(scale int) []string {
	rows := []string{
		"#  # #  ",
		"# ###  #",
		"#  ###  ",
		"###  ###",
		"# ###  #",
		"########",
		"# # ####",
		" #  #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph914(scale int) []string {
	rows := []string{
		" # ##  #",
		" ## # ##",
		"#   #  #",
		"#     # ",
		" # #  # ",
		"###   # ",
		"   #  # ",
		"# ###  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph915(scale int) []string {
	rows := []string{
		"##  # ##",
		" # ###  ",
		"##   #  ",
		"## #   #",
		"#  # #  ",
		"##  # # ",
		" ## # ##",
		"##  ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph916(scale int) []string {
	rows := []string{
		"### ##  ",
		" ##   ##",
		"#  ## ##",
		"#### # #",
		" ####  #",
		" # ##   ",
		"  ###  #",
		" #  ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph917(scale int) []string {
	rows := []string{
		" #   ## ",
		"        ",
		" ###  # ",
		" ## #  #",
		"#  #  ##",
		"###   # ",
		"  # #  #",
		"# ### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph918(scale int) []string {
	rows := []string{
		"## #### ",
		"# ##   #",
		" ##     ",
		"#  ##   ",
		"## #####",
		"    ####",
		"##      ",
		"##     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph919(scale int) []string {
	rows := []string{
		"# ### # ",
		"## # ###",
		"## ### #",
		"## #  ##",
		"##    # ",
		" #    # ",
		"     #  ",
		"#### ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph920(scale int) []string {
	rows := []string{
		" # #### ",
		"####  ##",
		" # #  ##",
		"  # ##  ",
		" ##    #",
		"   # #  ",
		"##  ####",
		"### # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph921(scale int) []string {
	rows := []string{
		"  ### # ",
		"   ### #",
		"## ##  #",
		" # #### ",
		"#  ##   ",
		"#   ### ",
		"  ##   #",
		"   # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph922(scale int) []string {
	rows := []string{
		"# # ##  ",
		"# #  ## ",
		" #   #  ",
		"####  # ",
		" ### ###",
		"# ### # ",
		" ### #  ",
		"   ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph923(scale int) []string {
	rows := []string{
		"  ##  ##",
		"## ##  #",
		"  # ##  ",
		"#  #    ",
		"  ##  ##",
		"#       ",
		"    # ##",
		" #  #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph924(scale int) []string {
	rows := []string{
		"   # # #",
		"###     ",
		"##   ###",
		" ####  #",
		"## #### ",
		"## #####",
		"#   ## #",
		"#  #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph925(scale int) []string {
	rows := []string{
		"##  ##  ",
		"## ##  #",
		"###     ",
		"## ## ##",
		" ##     ",
		" #  ### ",
		"#  ### #",
		"## ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph926(scale int) []string {
	rows := []string{
		"#### #  ",
		"###   ##",
		"    #   ",
		"   ##  #",
		"## # ###",
		" # ## ##",
		"  ### # ",
		"     ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph927(scale int) []string {
	rows := []string{
		"    #   ",
		"   ##  #",
		"#       ",
		" ## ## #",
		" #  #  #",
		"## # #  ",
		"##    # ",
		" # # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph928(scale int) []string {
	rows := []string{
		"  # ####",
		" # # ## ",
		" #######",
		"  # #   ",
		"#### #  ",
		" #  # # ",
		"    # # ",
		"## #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph929(scale int) []string {
	rows := []string{
		"  ### ##",
		" # # ###",
		"###    #",
		"# #   ##",
		"## #  ##",
		"    #   ",
		" ## ####",
		"#  # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph930(scale int) []string {
	rows := []string{
		"# ##  # ",
		" ###  # ",
		"# ## ###",
		"####    ",
		"#### ## ",
		"### # # ",
		" # #   #",
		"#    #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph931(scale int) []string {
	rows := []string{
		"# # ####",
		"# # #  #",
		"   #    ",
		"#### ###",
		" # ##   ",
		"#     ##",
		"# ###   ",
		"#### ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph932(scale int) []string {
	rows := []string{
		" # #  # ",
		"####    ",
		"### ### ",
		"##    ##",
		" # # ###",
		"# #### #",
		" ## ####",
		"##  ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph933(scale int) []string {
	rows := []string{
		" ####   ",
		" # #  # ",
		"      ##",
		"   ## ##",
		"  #### #",
		"## #  # ",
		"  ### # ",
		" ## #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph934(scale int) []string {
	rows := []string{
		"#    #  ",
		"# # #  #",
		"# #   # ",
		"##  #   ",
		"####    ",
		"# #  # #",
		"   ##  #",
		" ##    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph935(scale int) []string {
	rows := []string{
		"##  ### ",
		"#   # ##",
		"#  #### ",
		"#    ## ",
		" #######",
		"#  ##  #",
		"  ###  #",
		" #   ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph936(scale int) []string {
	rows := []string{
		"## ##   ",
		"  ##    ",
		" ##  #  ",
		"#  #  ##",
		" ## ### ",
		"# ## ###",
		" ##     ",
		" ##### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph937(scale int) []string {
	rows := []string{
		" # # #  ",
		" ###  # ",
		"###  #  ",
		" #      ",
		" #  #  #",
		"#####  #",
		"#  #   #",
		"#   #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph938(scale int) []string {
	rows := []string{
		" #      ",
		" # #  # ",
		"###  ###",
		" ## ### ",
		"   ##  #",
		"### # # ",
		"## ##  #",
		"  # #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph939(scale int) []string {
	rows := []string{
		"## #####",
		"#  # # #",
		"##  ##  ",
		"  # # ##",
		" # ###  ",
		"  ### # ",
		"#      #",
		"#  ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph940(scale int) []string {
	rows := []string{
		" ###   #",
		"#### # #",
		"##   # #",
		"#      #",
		"  # ## #",
		" #   ## ",
		"    ####",
		" #   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph941(scale int) []string {
	rows := []string{
		" ####  #",
		"       #",
		"##  #  #",
		"###   # ",
		"#   ####",
		"   #####",
		"######  ",
		"# ####  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph942(scale int) []string {
	rows := []string{
		"# ## ## ",
		" ##  #  ",
		" #   ###",
		"##### ##",
		"#  ## # ",
		"##  # ##",
		"  ### ##",
		"  ##  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph943(scale int) []string {
	rows := []string{
		"##  ####",
		"# ### ##",
		"###  ## ",
		"# ###   ",
		"#  #    ",
		"### #  #",
		" #  # # ",
		"#####   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph944(scale int) []string {
	rows := []string{
		" # ###  ",
		"  # ## #",
		"# ###  #",
		"# #    #",
		"# ## # #",
		" ## ## #",
		"###  ## ",
		"   ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph945(scale int) []string {
	rows := []string{
		"    #   ",
		"#   # # ",
		" ###  # ",
		"  ## #  ",
		" ##  # #",
		"##### ##",
		"   #  # ",
		" # #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph946(scale int) []string {
	rows := []string{
		"##  ## #",
		" #      ",
		"   ###  ",
		"###  ## ",
		" #  ### ",
		"   # # #",
		" #  #   ",
		"   #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph947(scale int) []string {
	rows := []string{
		"#  #   #",
		"###  # #",
		" #      ",
		"  #### #",
		"##      ",
		"#####   ",
		"#    ## ",
		"#   # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph948(scale int) []string {
	rows := []string{
		"###  # #",
		"#   #  #",
		"# #### #",
		"##  # # ",
		" ## # # ",
		"### # # ",
		"## #  ##",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph949(scale int) []string {
	rows := []string{
		"#  ### #",
		"    ### ",
		"## ##   ",
		"## #  ##",
		"#### #  ",
		"   ##   ",
		"###   ##",
		"# ###   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph950(scale int) []string {
	rows := []string{
		"## # # #",
		"### #  #",
		"  ##  # ",
		" #  # # ",
		"# ##  ##",
		" # ##  #",
		"#####  #",
		"# #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph951(scale int) []string {
	rows := []string{
		"### # ##",
		" ## #  #",
		"##### ##",
		"#  # #  ",
		"    #  #",
		"     # #",
		"#       ",
		"# # ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph952(scale int) []string {
	rows := []string{
		"#####  #",
		"##   # #",
		"#  ## # ",
		"     ## ",
		"## # # #",
		" ## #  #",
		" ###### ",
		" #####  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph953(scale int) []string {
	rows := []string{
		"#  ##  #",
		"## ## # ",
		"      # ",
		"   #   #",
		"  ######",
		"# ## ###",
		" ### # #",
		" ## ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph954(scale int) []string {
	rows := []string{
		"# ##   #",
		"#  #  ##",
		"#      #",
		"##    ##",
		"#    # #",
		"####### ",
		"  #    #",
		" #  ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph955(scale int) []string {
	rows := []string{
		"     #  ",
		"#     # ",
		"##  ####",
		"##   ## ",
		"# ####  ",
		"  ## ###",
		"#####  #",
		" # ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph956(scale int) []string {
	rows := []string{
		" #    ##",
		"#   ####",
		"###   # ",
		" # ##   ",
		"  #  #  ",
		"   ##  #",
		"##  ### ",
		" #   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph957(scale int) []string {
	rows := []string{
		"## #  ##",
		"# ##    ",
		" ##### #",
		"##  ##  ",
		"  ##    ",
		"# # ## #",
		"  ##### ",
		" ## #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph958(scale int) []string {
	rows := []string{
		"# ##   #",
		"  ## # #",
		"# #  ###",
		"### ### ",
		" ## # ##",
		" #  #  #",
		" #####  ",
		"######  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph959(scale int) []string {
	rows := []string{
		"# #  # #",
		"# # # ##",
		" #  #   ",
		"## # ## ",
		" # ## ##",
		"  #    #",
		"# #   ##",
		"       #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph960(scale int) []string {
	rows := []string{
		"# ##### ",
		"  ## # #",
		" ###   #",
		"  ## #  ",
		" ##  #  ",
		" #  #  #",
		"#  ## ##",
		"##   ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph961(scale int) []string {
	rows := []string{
		"  #    #",
		"       #",
		"## ##  #",
		"###   ##",
		" #   # #",
		"# ## ###",
		" # # ###",
		"#   # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph962(scale int) []string {
	rows := []string{
		"   # #  ",
		"#   # ##",
		"# ###   ",
		"## ## # ",
		"##  ####",
		" #  ####",
		"#####   ",
		"  # #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph963(scale int) []string {
	rows := []string{
		"#   ## #",
		"####  ##",
		" #  # # ",
		"# #### #",
		"#   # ##",
		" ###  # ",
		"##  ##  ",
		" #  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph964(scale int) []string {
	rows := []string{
		"       #",
		"  ## ## ",
		"##  ##  ",
		"  #   # ",
		"# #   # ",
		"## #  # ",
		" ##  ###",
		" # ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph965(scale int) []string {
	rows := []string{
		"  ### ##",
		"##### # ",
		"##  ### ",
		" #   # #",
		" # ### #",
		"##   # #",
		"# ##    ",
		" # #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph966(scale int) []string {
	rows := []string{
		"# # # ##",
		"##  #   ",
		"  ##### ",
		"  ##  # ",
		"###  # #",
		"  # ####",
		"## #  # ",
		"###     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph967(scale int) []string {
	rows := []string{
		"        ",
		" #### ##",
		"## #####",
		"## ##   ",
		"  ## #  ",
		" # ### #",
		"  ##### ",
		"##   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph968(scale int) []string {
	rows := []string{
		" ##### #",
		" ### # #",
		"   ##   ",
		"  ###  #",
		"  ##   #",
		" ##    #",
		"  # ##  ",
		"##### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph969(scale int) []string {
	rows := []string{
		"#### ## ",
		"## # ## ",
		"## ### #",
		" # #  # ",
		" ####   ",
		" ##    #",
		"  ## ## ",
		" # ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph970(scale int) []string {
	rows := []string{
		" #######",
		"###  # #",
		"# # # ##",
		"#   ### ",
		"##  # ##",
		"## #####",
		" #####  ",
		"  ## #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph971(scale int) []string {
	rows := []string{
		" ##   ##",
		"##   # #",
		"#  ##  #",
		"#    ###",
		"## # ## ",
		"  # ####",
		" ##  ## ",
		"  ###  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph972(scale int) []string {
	rows := []string{
		"  #  ###",
		"# # # ##",
		"#    ## ",
		"#### ###",
		"# # #   ",
		"  ###  #",
		"####    ",
		" # # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph973(scale int) []string {
	rows := []string{
		" ###   #",
		"   # ## ",
		"  # ####",
		"#   ## #",
		" ## #   ",
		"# #   ##",
		"##   ## ",
		"###    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph974(scale int) []string {
	rows := []string{
		"#   #   ",
		"### ## #",
		"    ##  ",
		"# # # # ",
		"## ## # ",
		"#     ##",
		"   ###  ",
		" # ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph975(scale int) []string {
	rows := []string{
		"   #    ",
		"## # #  ",
		"  ### ##",
		" ##  # #",
		"### #  #",
		"   ## # ",
		" ### ###",
		" #   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph976(scale int) []string {
	rows := []string{
		"  ## # #",
		" #### # ",
		" ## ## #",
		"#  #    ",
		"  # #   ",
		"    ### ",
		"## #  ##",
		"###  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph977(scale int) []string {
	rows := []string{
		" #####  ",
		"#   ####",
		" # #### ",
		"  #   ##",
		"##### ##",
		" ####   ",
		" # ##   ",
		"###  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph978(scale int) []string {
	rows := []string{
		"# ##### ",
		"##   #  ",
		"#   # ##",
		"     ## ",
		"#  ###  ",
		" ### # #",
		"## ###  ",
		"# #  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph979(scale int) []string {
	rows := []string{
		"# ######",
		"  ##    ",
		"  ##### ",
		"## #   #",
		"# ### # ",
		"####  # ",
		"## #   #",
		"  # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph980(scale int) []string {
	rows := []string{
		"###  ###",
		"# # # ##",
		"#   # # ",
		" ## #  #",
		"# # ####",
		"  #   ##",
		" #  #  #",
		"## ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph981(scale int) []string {
	rows := []string{
		"# ###  #",
		"#  #    ",
		"# ### ##",
		"# ##  ##",
		"  # #  #",
		"####### ",
		"###    #",
		" # #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph982(scale int) []string {
	rows := []string{
		"#   #  #",
		"  #     ",
		"      ##",
		"#  #  # ",
		"#### #  ",
		"   #  ##",
		"   #  # ",
		"##     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph983(scale int) []string {
	rows := []string{
		"### #   ",
		"#   ### ",
		" #  ##  ",
		" ## #   ",
		" # # # #",
		"# #### #",
		"## ##   ",
		"#  #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph984(scale int) []string {
	rows := []string{
		"  ####  ",
		" ## ## #",
		"    #  #",
		"  ### ##",
		"    # ##",
		"## # # #",
		"   ### #",
		"####    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph985(scale int) []string {
	rows := []string{
		"  ##    ",
		"   ## # ",
		"    ####",
		" ##     ",
		"########",
		"#       ",
		"   #   #",
		"#   ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph986(scale int) []string {
	rows := []string{
		"#   #   ",
		" ###   #",
		"##  ## #",
		"### ## #",
		" # ###  ",
		"   #### ",
		"##### ##",
		"  # #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph987(scale int) []string {
	rows := []string{
		" ## # # ",
		"## #  ##",
		"###   # ",
		"  #     ",
		"# ###  #",
		"  ##  ##",
		"## ##   ",
		"#   ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph988(scale int) []string {
	rows := []string{
		"#   # ##",
		" #  #   ",
		"## # # #",
		" ##   ##",
		"  #    #",
		"    ##  ",
		"###  ###",
		"#  #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph989(scale int) []string {
	rows := []string{
		"#     ##",
		"## ###  ",
		"  # ####",
		"### # # ",
		"  ##### ",
		"#    ## ",
		"# #   ##",
		" ## # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph990(scale int) []string {
	rows := []string{
		"#### ###",
		"  ######",
		"# ##    ",
		"   ##  #",
		"#####   ",
		"## #####",
		"#   # ##",
		"# ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph991(scale int) []string {
	rows := []string{
		" #### # ",
		" # # ## ",
		" ###  # ",
		"##   ###",
		"   ### #",
		" # # # #",
		"## # ## ",
		"# # #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph992(scale int) []string {
	rows := []string{
		"  #   # ",
		" ## ####",
		"######  ",
		"###     ",
		"     ## ",
		" # #   #",
		"    # # ",
		"## # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph993(scale int) []string {
	rows := []string{
		"###  #  ",
		"  # ### ",
		" ##  ###",
		"  #    #",
		" ## # # ",
		"####  ##",
		"    # # ",
		"#  #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph994(scale int) []string {
	rows := []string{
		" #  # # ",
		" ###    ",
		" ##     ",
		"# ### ##",
		"## #   #",
		"#    #  ",
		" #  ##  ",
		"## # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph995(scale int) []string {
	rows := []string{
		"  ##### ",
		"##  ##  ",
		"# ### ##",
		"     ## ",
		"# # ### ",
		"  ##    ",
		" ### #  ",
		"  ######",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph996(scale int) []string {
	rows := []string{
		"###     ",
		"## ###  ",
		" #     #",
		"##   ## ",
		" ### # #",
		"# #### #",
		"# # # # ",
		"  # #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph997(scale int) []string {
	rows := []string{
		"      # ",
		" #  # # ",
		"#  ###  ",
		"#  # # #",
		"#  #### ",
		"   # ## ",
		"# # ####",
		" ## #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph998(scale int) []string {
	rows := []string{
		"# #     ",
		"        ",
		"  #   # ",
		"#   ##  ",
		"####  # ",
		" ## ####",
		"#  ##   ",
		"## # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph999(scale int) []string {
	rows := []string{
		"  # ## #",
		"    #   ",
		"###   # ",
		" # #  ##",
		" ## ### ",
		"# ###   ",
		" ##  # #",
		" #  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1000(scale int) []string {
	rows := []string{
		"  # #  #",
		" ##   ##",
		"   # #  ",
		"#  #  ##",
		"# #  #  ",
		"#  # #  ",
		"   ##   ",
		"####### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1001(scale int) []string {
	rows := []string{
		" ### ## ",
		" ## #  #",
		"  # ### ",
		"##  ##  ",
		" # #    ",
		"##  ## #",
		" #   # #",
		"####   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1002(scale int) []string {
	rows := []string{
		"    # # ",
		"# # ## #",
		"### ####",
		"  # #  #",
		" ##     ",
		" #  ####",
		"#   ####",
		" ##### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1003(scale int) []string {
	rows := []string{
		"# ###  #",
		"   #    ",
		"#   #  #",
		"##  # ##",
		" ### ## ",
		" # ## # ",
		"##   # #",
		"# #     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1004(scale int) []string {
	rows := []string{
		"# ##  # ",
		"## # ## ",
		"     #  ",
		"  ###   ",
		" #  #   ",
		" ###### ",
		" ### # #",
		"#   ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1005(scale int) []string {
	rows := []string{
		" # ###  ",
		"   # # #",
		"# # # ##",
		"##### # ",
		"## ##  #",
		"  #   ##",
		" ### ## ",
		"## # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1006(scale int) []string {
	rows := []string{
		"     ## ",
		" #    ##",
		" #      ",
		"  ### ##",
		"#  ##  #",
		"  #### #",
		"#####   ",
		"# #  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1007(scale int) []string {
	rows := []string{
		"   #    ",
		"#  ###  ",
		"  ## ###",
		"      # ",
		"########",
		"##  ##  ",
		"    # ##",
		"####  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1008(scale int) []string {
	rows := []string{
		"  ##### ",
		"##    # ",
		"# ##  ##",
		"# ###  #",
		"# # #  #",
		" #  #   ",
		" #  ##  ",
		"###  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1009(scale int) []string {
	rows := []string{
		"   ##  #",
		" ###  # ",
		"# ## ###",
		" #### ##",
		"  ##### ",
		"        ",
		"#####  #",
		"# #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1010(scale int) []string {
	rows := []string{
		"# # ### ",
		"   #   #",
		"## ## # ",
		"# ##  # ",
		"    ####",
		" # ##  #",
		"  #  ## ",
		" ## # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1011(scale int) []string {
	rows := []string{
		"  # ####",
		"## ## # ",
		"##  #  #",
		"# ## #  ",
		" ## ####",
		"#  ###  ",
		"# ####  ",
		"     ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1012(scale int) []string {
	rows := []string{
		" # #   #",
		"# # ### ",
		" ## #   ",
		"#####  #",
		"  #### #",
		"### #   ",
		"########",
		"#   ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1013(scale int) []string {
	rows := []string{
		"#   #   ",
		" #   ## ",
		"## #    ",
		" #  ## #",
		"# ##### ",
		"# ##  # ",
		" ###    ",
		"  # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1014(scale int) []string {
	rows := []string{
		"# ##   #",
		"#####  #",
		" #### # ",
		"#   # ##",
		" ##### #",
		"#  ### #",
		"##  ## #",
		"  #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1015(scale int) []string {
	rows := []string{
		"# #   ##",
		"#  ##  #",
		"#  ## ##",
		" ## #   ",
		"    ##  ",
		"#    ###",
		" ###   #",
		"#  ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1016(scale int) []string {
	rows := []string{
		"## ## ##",
		"#     ##",
		"   # ###",
		" ####  #",
		" #  ##  ",
		"  ###  #",
		"##  ##  ",
		"### # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1017(scale int) []string {
	rows := []string{
		"###  ## ",
		" ###  # ",
		" # #  # ",
		" #  ####",
		" #### ##",
		"### #   ",
		"##### ##",
		"    ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1018(scale int) []string {
	rows := []string{
		" #      ",
		"#  # # #",
		"### ##  ",
		"#  ## # ",
		" # #   #",
		"##  #   ",
		"##      ",
		"#     # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1019(scale int) []string {
	rows := []string{
		"  ###   ",
		"####  ##",
		"  #   # ",
		"#  #  # ",
		"###  # #",
		"  ## ###",
		"# ## #  ",
		" ##     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1020(scale int) []string {
	rows := []string{
		"# #### #",
		"## #####",
		"  # #  #",
		" # ##  #",
		" ##  ###",
		" # #### ",
		"### # ##",
		"    #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1021(scale int) []string {
	rows := []string{
		" ##   # ",
		"#  #  # ",
		" ###### ",
		"##  ##  ",
		"##    ##",
		"###### #",
		" # #  ##",
		" ##  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1022(scale int) []string {
	rows := []string{
		"    ####",
		"  # #  #",
		"###   ##",
		"  #  #  ",
		"  ####  ",
		" ### # #",
		"# # #  #",
		"# ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1023(scale int) []string {
	rows := []string{
		"## #####",
		"## # ###",
		" # # ###",
		"  ## ###",
		"   # #  ",
		" #     #",
		"   #  ##",
		" # #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1024(scale int) []string {
	rows := []string{
		" ##   ##",
		"##    ##",
		"# ###  #",
		"  #   # ",
		"#  ##   ",
		"     #  ",
		"    #  #",
		"## #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1025(scale int) []string {
	rows := []string{
		"  # #   ",
		"# #   ##",
		"   ###  ",
		" #  # # ",
		"   # ###",
		" ###  ##",
		"####   #",
		"##      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1026(scale int) []string {
	rows := []string{
		"    # # ",
		"     ## ",
		"## ###  ",
		"### #  #",
		"##   # #",
		" # # ## ",
		"##      ",
		" # ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1027(scale int) []string {
	rows := []string{
		"##   # #",
		"# ## # #",
		"## # # #",
		"  ###   ",
		"#  # ## ",
		" # ## ##",
		" # ## # ",
		" #  ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1028(scale int) []string {
	rows := []string{
		"   #### ",
		"## #  ##",
		"### ##  ",
		" # ## ##",
		"  ##    ",
		"# #  #  ",
		"##    # ",
		"##  ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1029(scale int) []string {
	rows := []string{
		"####### ",
		"###   # ",
		"       #",
		"####    ",
		" #### # ",
		"   ##  #",
		"# ##  ##",
		"    #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1030(scale int) []string {
	rows := []string{
		" ##   ##",
		"## # #  ",
		"# # # ##",
		" #    # ",
		"# ##    ",
		" # #   #",
		"    ### ",
		"#  ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1031(scale int) []string {
	rows := []string{
		"##   #  ",
		"  ### # ",
		"##  #  #",
		"## ### #",
		" ###    ",
		"# #     ",
		" #   # #",
		"   #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1032(scale int) []string {
	rows := []string{
		" # #  ##",
		" ####  #",
		"##  # ##",
		" ### ###",
		" ## ### ",
		"### # # ",
		"    # # ",
		"### ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1033(scale int) []string {
	rows := []string{
		"#  #    ",
		"#    ## ",
		"#   #   ",
		" # ## # ",
		"#  ##   ",
		"  #   ##",
		"## ##  #",
		"#    ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1034(scale int) []string {
	rows := []string{
		"#  # ## ",
		"#  #    ",
		"  ##   #",
		"### ## #",
		"# ##  # ",
		" #  # ##",
		"# #  # #",
		" #####  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1035(scale int) []string {
	rows := []string{
		"#  #   #",
		"  # #  #",
		"####    ",
		"##   ###",
		"##  # ##",
		"# # # ##",
		" #   ###",
		"# #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1036(scale int) []string {
	rows := []string{
		" # #### ",
		"#  # ###",
		"# ###  #",
		"   ## # ",
		"##  #  #",
		"# ### ##",
		" # ##   ",
		" #      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1037(scale int) []string {
	rows := []string{
		" #  ### ",
		"  # ##  ",
		"#   ### ",
		"  #### #",
		"##### # ",
		"##  ### ",
		"#      #",
		" ## # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1038(scale int) []string {
	rows := []string{
		"### ## #",
		"  #  ## ",
		"   ###  ",
		" ## # ##",
		"## ## # ",
		"##   ###",
		"        ",
		" ### #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1039(scale int) []string {
	rows := []string{
		" ### #  ",
		"#   #  #",
		"####    ",
		" ###  # ",
		"    # # ",
		"#  ###  ",
		"##### ##",
		" #   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1040(scale int) []string {
	rows := []string{
		"#  # ###",
		"######  ",
		"   ##   ",
		"  ## ###",
		"#### # #",
		" ####   ",
		"#####   ",
		"#  ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1041(scale int) []string {
	rows := []string{
		"  ### # ",
		" #  ##  ",
		"    ### ",
		"     ###",
		"    ### ",
		"    #  #",
		" #  ##  ",
		"  #     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1042(scale int) []string {
	rows := []string{
		"## ##   ",
		"    ####",
		"# #  ## ",
		"  ##    ",
		"  ##    ",
		"# #   # ",
		"  # ## #",
		" #   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1043(scale int) []string {
	rows := []string{
		"### # # ",
		" # #  # ",
		"### #  #",
		" ### ###",
		"## #### ",
		"# ### ##",
		"   ##   ",
		" #  ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1044(scale int) []string {
	rows := []string{
		"##### ##",
		"      ##",
		" #### # ",
		" ####   ",
		" #  ### ",
		"# ###  #",
		"####  # ",
		"  ###  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1045(scale int) []string {
	rows := []string{
		"## #  # ",
		" #  #   ",
		" #     #",
		"##### ##",
		" ## # ##",
		"########",
		" # # # #",
		" ### # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1046(scale int) []string {
	rows := []string{
		"# # # # ",
		"#   # # ",
		"### ## #",
		" ##  # #",
		"# #     ",
		" # #   #",
		"# ## # #",
		"   #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1047(scale int) []string {
	rows := []string{
		"## #  # ",
		" ##   # ",
		"  ##    ",
		"   ##   ",
		" #  # # ",
		"      ##",
		"      # ",
		"#   # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1048(scale int) []string {
	rows := []string{
		"# #  ## ",
		" # ### #",
		"#     # ",
		"###  # #",
		"#  ## ##",
		"# # # ##",
		"  ##### ",
		"  #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1049(scale int) []string {
	rows := []string{
		"  #  ## ",
		"  #    #",
		"    ####",
		" ###    ",
		" #   ## ",
		"#  ### #",
		"  ###  #",
		" ####  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1050(scale int) []string {
	rows := []string{
		"    ##  ",
		" #  # ##",
		"#### #  ",
		"### ### ",
		"    #   ",
		"  ##   #",
		"## #    ",
		"#  #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1051(scale int) []string {
	rows := []string{
		"  ### # ",
		" #  #   ",
		" ## # # ",
		" #  ### ",
		"  # ##  ",
		" #   ## ",
		"   ###  ",
		"## # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1052(scale int) []string {
	rows := []string{
		" ##  ## ",
		" ## ##  ",
		"##   ## ",
		"###   ##",
		"####  # ",
		"###   # ",
		"   # # #",
		" #### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1053(scale int) []string {
	rows := []string{
		"##  #   ",
		"####  # ",
		"# ##   #",
		"###  ## ",
		" #      ",
		"# ##### ",
		" # ### #",
		"#       ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1054(scale int) []string {
	rows := []string{
		"   # ## ",
		"###     ",
		"#  ## ##",
		" # #####",
		"## # ###",
		" # ##   ",
		"#     ##",
		" ## # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1055(scale int) []string {
	rows := []string{
		"#####   ",
		" # #    ",
		" # #  # ",
		" ## # ##",
		"# ##### ",
		"####   #",
		"###    #",
		"#### # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1056(scale int) []string {
	rows := []string{
		"  # ##  ",
		"  # #  #",
		"#  # ###",
		"#   # # ",
		" ###    ",
		"#      #",
		" #    ##",
		"# # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1057(scale int) []string {
	rows := []string{
		" ###  ##",
		"##  ##  ",
		"     #  ",
		"  ##### ",
		" ### # #",
		"# # ### ",
		"# #  #  ",
		"#####   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1058(scale int) []string {
	rows := []string{
		"# #  #  ",
		" #   ## ",
		"  ## ## ",
		"  ##### ",
		" ####  #",
		"#   ### ",
		"# #### #",
		" #   ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1059(scale int) []string {
	rows := []string{
		"#  ##  #",
		"#  # # #",
		" # ###  ",
		"  ##  ##",
		" ### #  ",
		"###    #",
		"  #  ###",
		"# #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1060(scale int) []string {
	rows := []string{
		"#  ##  #",
		" # ##   ",
		" # #   #",
		"  # ##  ",
		"  ## ###",
		"# ## # #",
		"# #   # ",
		" # #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1061(scale int) []string {
	rows := []string{
		" #  ##  ",
		"## ## # ",
		"# # ##  ",
		"##  #  #",
		" #  ## #",
		"# # #  #",
		"  #  # #",
		"    #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1062(scale int) []string {
	rows := []string{
		"   ## ##",
		" # ## ##",
		" #    # ",
		"##   ## ",
		" # ##   ",
		"   # # #",
		" # # ## ",
		" # ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1063(scale int) []string {
	rows := []string{
		"    # ##",
		"#####  #",
		"  ##  # ",
		"##    # ",
		" # ###  ",
		"  ##### ",
		"   ### #",
		"### #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1064(scale int) []string {
	rows := []string{
		"  #   ##",
		"  # ##  ",
		"  ##  # ",
		"  #  # #",
		"# # ### ",
		"###  ###",
		"##   #  ",
		"       #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1065(scale int) []string {
	rows := []string{
		"#  # ## ",
		"#  # # #",
		"##   # #",
		"####  ##",
		"   ##   ",
		"## #    ",
		"  #    #",
		" ###  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1066(scale int) []string {
	rows := []string{
		" # # # #",
		" # ###  ",
		"# ### ##",
		"####   #",
		"### #  #",
		" # # ## ",
		"# ###  #",
		"   # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1067(scale int) []string {
	rows := []string{
		"##  # ##",
		"###  #  ",
		"  # ####",
		" # #  # ",
		"## ##  #",
		"      ##",
		" ##   ##",
		"##  ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1068(scale int) []string {
	rows := []string{
		"## ## ##",
		"## #    ",
		"  ###  #",
		"# #  # #",
		"# #### #",
		" # #  ##",
		" # ## # ",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1069(scale int) []string {
	rows := []string{
		"# ###   ",
		" # ### #",
		"# #     ",
		"  ## ## ",
		" ### #  ",
		"#  #   #",
		"# ###   ",
		" # # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1070(scale int) []string {
	rows := []string{
		" ##  ###",
		"  ###  #",
		" #   #  ",
		" #  #  #",
		"# ##   #",
		"    # # ",
		"  # #   ",
		"# # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1071(scale int) []string {
	rows := []string{
		"####  ##",
		" #  ### ",
		"#  #   #",
		"## ### #",
		"# ### ##",
		" #######",
		"  #  ## ",
		" #### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1072(scale int) []string {
	rows := []string{
		" ### # #",
		"   #  # ",
		"## #### ",
		"# # #  #",
		"##  ## #",
		"# #  #  ",
		"     ## ",
		"     ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1073(scale int) []string {
	rows := []string{
		"## # # #",
		"# ##    ",
		"   #    ",
		"#####  #",
		" #  ##  ",
		"#  ## # ",
		"#### ###",
		"#  #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1074(scale int) []string {
	rows := []string{
		"# ###   ",
		" #  # ##",
		"###   ##",
		"   #####",
		"# ##  ##",
		"#    #  ",
		"###### #",
		" #   ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1075(scale int) []string {
	rows := []string{
		"#### ## ",
		"#   ##  ",
		"## # ## ",
		"##   ## ",
		"#   ####",
		"## #    ",
		"### ### ",
		"########",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1076(scale int) []string {
	rows := []string{
		"#     # ",
		" # ##  #",
		"# #  #  ",
		"##   ###",
		"##  ####",
		"###  # #",
		" #  ####",
		"##   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1077(scale int) []string {
	rows := []string{
		"#####  #",
		"##    # ",
		"####### ",
		"    # # ",
		"#       ",
		" ##  ## ",
		"# # # # ",
		" #  # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1078(scale int) []string {
	rows := []string{
		"  ##  ##",
		" #    # ",
		"## #  # ",
		"  ##### ",
		" # ## # ",
		"##### # ",
		"  #### #",
		"  #  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1079(scale int) []string {
	rows := []string{
		"###### #",
		"## #####",
		" ###  # ",
		"# ####  ",
		" ## #   ",
		"#    ## ",
		"  ### ##",
		"# # # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1080(scale int) []string {
	rows := []string{
		"#  ## # ",
		"#  ## # ",
		" ###### ",
		" ###    ",
		"#   # ##",
		" # #    ",
		"     ## ",
		" ##   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1081(scale int) []string {
	rows := []string{
		"##   #  ",
		"# # #   ",
		" # #### ",
		"#####  #",
		"### #  #",
		" ##### #",
		" #  ##  ",
		"#  ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1082(scale int) []string {
	rows := []string{
		"#   ####",
		"   #####",
		"## ## ##",
		"  ##    ",
		"       #",
		"    ## #",
		"##    ##",
		"    # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1083(scale int) []string {
	rows := []string{
		"  ###   ",
		"  #  # #",
		"  ######",
		" ## #  #",
		"# ##   #",
		"   ## # ",
		" #  #   ",
		"    ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1084(scale int) []string {
	rows := []string{
		" ##### #",
		"  ##    ",
		"#    # #",
		"      # ",
		"### #  #",
		"  # ####",
		"##  # # ",
		"#  # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1085(scale int) []string {
	rows := []string{
		"# ### # ",
		"  ## ###",
		"# #   # ",
		" ###  ##",
		" ##     ",
		"## # # #",
		" ###    ",
		"      # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1086(scale int) []string {
	rows := []string{
		" ##     ",
		"#### # #",
		"# # ####",
		"  # # ##",
		"     # #",
		" # ## # ",
		" # # #  ",
		"#     ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1087(scale int) []string {
	rows := []string{
		"##  ##  ",
		" ## ####",
		"### ##  ",
		" #  ##  ",
		"# ##  ##",
		"  # # ##",
		"#  #  # ",
		" ## # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1088(scale int) []string {
	rows := []string{
		" ##  ## ",
		"### # # ",
		"   #### ",
		"  # #   ",
		"        ",
		"   #   #",
		"  # #   ",
		"##### # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1089(scale int) []string {
	rows := []string{
		" ##  # #",
		"       #",
		"# # ### ",
		"#   #   ",
		" ##  # #",
		"  ### # ",
		"  #   # ",
		"####### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1090(scale int) []string {
	rows := []string{
		"   #####",
		"#     ##",
		"## ##  #",
		"  # ## #",
		"#  #### ",
		"  ## ###",
		"#####  #",
		" ##  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1091(scale int) []string {
	rows := []string{
		"  ##    ",
		"  ##  # ",
		"    ####",
		"###  ## ",
		" #   #  ",
		"   #  ##",
		"  ###  #",
		"####### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1092(scale int) []string {
	rows := []string{
		"#  ###  ",
		"     #  ",
		"  # ## #",
		" #  # # ",
		"     ###",
		" #      ",
		"## #    ",
		"#### #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1093(scale int) []string {
	rows := []string{
		" #  # ##",
		" # ## # ",
		"#  ##  #",
		"###   # ",
		"##  # # ",
		"  ##  # ",
		"  # # ##",
		"#  #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1094(scale int) []string {
	rows := []string{
		"#  ## ##",
		"#  # ## ",
		"   # # #",
		" #   ## ",
		"# #### #",
		"  ###  #",
		"#  #    ",
		"  # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1095(scale int) []string {
	rows := []string{
		"#### # #",
		"# ##    ",
		"########",
		"# # ## #",
		"  ##  # ",
		"# ##    ",
		"  #  #  ",
		"### #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1096(scale int) []string {
	rows := []string{
		" # ###  ",
		"## #### ",
		"########",
		"#   #  #",
		"   ## ##",
		"# # # # ",
		"  ####  ",
		" #    # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1097(scale int) []string {
	rows := []string{
		"   # ## ",
		"    # ##",
		" #  #   ",
		"# ###   ",
		"#  #  ##",
		"# ###   ",
		"# ##### ",
		"    # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1098(scale int) []string {
	rows := []string{
		" # ##  #",
		" #  #   ",
		"## ## # ",
		" #  ##  ",
		"###   # ",
		" #  # ##",
		" #  ####",
		"   #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1099(scale int) []string {
	rows := []string{
		" # #    ",
		" # #####",
		"# ###  #",
		"#       ",
		"########",
		" #### ##",
		"#### ###",
		" #  #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1100(scale int) []string {
	rows := []string{
		"# ##  ##",
		"### ### ",
		"# ####  ",
		"   #  ##",
		"#     ##",
		" ###  # ",
		"# #   ##",
		"# ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1101(scale int) []string {
	rows := []string{
		"### ## #",
		"###  ## ",
		"##   # #",
		"###  #  ",
		"##   # #",
		" ### #  ",
		"##  ##  ",
		"     # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1102(scale int) []string {
	rows := []string{
		"# #  # #",
		"  # #  #",
		" #    ##",
		"# # ##  ",
		"  #  ###",
		"#      #",
		"########",
		" #  ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1103(scale int) []string {
	rows := []string{
		"     #  ",
		"#  #   #",
		"  ###   ",
		"## # # #",
		"## ###  ",
		"#   # ##",
		"# #  # #",
		"###   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1104(scale int) []string {
	rows := []string{
		" #  # ##",
		"##  #  #",
		"# ## #  ",
		"    # ##",
		"#    ###",
		"   ### #",
		"#   # # ",
		"# #  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1105(scale int) []string {
	rows := []string{
		"##  ### ",
		"#   # # ",
		"   #  # ",
		"# # #   ",
		"  #### #",
		"  ##### ",
		"#  #  # ",
		" ####  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1106(scale int) []string {
	rows := []string{
		" # ##   ",
		"#      #",
		"# # ####",
		"  #   # ",
		"##  #  #",
		"  ## #  ",
		"## # ###",
		"  # # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1107(scale int) []string {
	rows := []string{
		"# ##### ",
		" #    # ",
		" ###  ##",
		"#     ##",
		"###  #  ",
		"      ##",
		" #  ### ",
		"#   #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1108(scale int) []string {
	rows := []string{
		" ###  # ",
		" # ## ##",
		"#    ###",
		"#  ###  ",
		"####### ",
		"# # # # ",
		" # # ###",
		"##  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1109(scale int) []string {
	rows := []string{
		"# ##  # ",
		"# ######",
		"# #  ## ",
		"     ###",
		"    # # ",
		" #  ####",
		"# ## # #",
		"    ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1110(scale int) []string {
	rows := []string{
		" ###  ##",
		"# # # ##",
		" #   ###",
		"  #  ## ",
		"#### ###",
		"# # ##  ",
		"### #  #",
		"# #  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1111(scale int) []string {
	rows := []string{
		"### ### ",
		"  ## ###",
		"### # ##",
		" #  #  #",
		"  ### # ",
		"##   ## ",
		" # #####",
		" # ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1112(scale int) []string {
	rows := []string{
		"###  #  ",
		"    #  #",
		"# #  #  ",
		"    #  #",
		"#   # ##",
		"   ###  ",
		" # ##   ",
		"# # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1113(scale int) []string {
	rows := []string{
		" # ##   ",
		"## #### ",
		"  #   ##",
		"   #   #",
		"# #     ",
		"###     ",
		"#  #  # ",
		" #   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1114(scale int) []string {
	rows := []string{
		"###     ",
		"   ###  ",
		"# #   # ",
		"  ### # ",
		"    ### ",
		"# ##    ",
		"#  # ###",
		" # # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1115(scale int) []string {
	rows := []string{
		"###     ",
		"# ### # ",
		"     # #",
		" # #####",
		"######  ",
		"#    # #",
		"#     ##",
		"#   ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1116(scale int) []string {
	rows := []string{
		" #  #   ",
		"  # # ##",
		" #  ### ",
		"##  ## #",
		"########",
		"#  #  ##",
		"    # # ",
		"##   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1117(scale int) []string {
	rows := []string{
		"#  ## # ",
		"# ## # #",
		"### # # ",
		"######  ",
		"#### # #",
		" ##### #",
		"# ## # #",
		"# #  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1118(scale int) []string {
	rows := []string{
		"#  #### ",
		"###  # #",
		" ##  ## ",
		"#   #  #",
		"   ## ##",
		" # # ## ",
		" ###   #",
		"###  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1119(scale int) []string {
	rows := []string{
		" # ### #",
		" # #    ",
		"## ##  #",
		"    ### ",
		"#  ###  ",
		" #   ###",
		"# ## #  ",
		"  ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1120(scale int) []string {
	rows := []string{
		"#  # ###",
		"  #   ##",
		"#### ## ",
		"  ##### ",
		"# ##### ",
		"##    # ",
		"# # ## #",
		"## # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1121(scale int) []string {
	rows := []string{
		"   #    ",
		"## # # #",
		"# ##### ",
		"  #   ##",
		"#  ## ##",
		"## ###  ",
		"# ### ##",
		" #   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1122(scale int) []string {
	rows := []string{
		"    #   ",
		"# #  ## ",
		"#####  #",
		" #   ## ",
		"#####  #",
		"##     #",
		"     ## ",
		" # #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1123(scale int) []string {
	rows := []string{
		"## ## ##",
		"   ## # ",
		"#  # ## ",
		"      ##",
		"# # # ##",
		" # ##  #",
		"### # ##",
		"#####  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1124(scale int) []string {
	rows := []string{
		"### #  #",
		"# ##    ",
		"#  ###  ",
		"# #   # ",
		" #  # ##",
		"#   ##  ",
		"   # # #",
		"# ####  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1125(scale int) []string {
	rows := []string{
		"  ##   #",
		" # ##  #",
		"#   # ##",
		"   # #  ",
		"# #     ",
		" ## # # ",
		"#   # # ",
		"### ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1126(scale int) []string {
	rows := []string{
		" #   ## ",
		"#  # # #",
		"# #### #",
		" ## ##  ",
		"###  ###",
		"    ## #",
		"#####  #",
		" ##### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1127(scale int) []string {
	rows := []string{
		"  #  # #",
		"  #  ## ",
		" # #####",
		"#   ## #",
		"# # ##  ",
		" ###  # ",
		"  #     ",
		"###   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1128(scale int) []string {
	rows := []string{
		"  #### #",
		"   #    ",
		"  ##### ",
		" #    ##",
		"    # # ",
		"# ### # ",
		"######  ",
		"### # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1129(scale int) []string {
	rows := []string{
		"###  #  ",
		"###### #",
		"#  #    ",
		" ##   # ",
		"# ## ###",
		"##   #  ",
		"##   #  ",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1130(scale int) []string {
	rows := []string{
		"# ##    ",
		"########",
		" #  #   ",
		"## #  # ",
		"  ## # #",
		" ## ## #",
		" # ##  #",
		" ## ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1131(scale int) []string {
	rows := []string{
		"    ## #",
		" #   ###",
		" #    ##",
		" #  ##  ",
		"## ###  ",
		"##### ##",
		"#### #  ",
		"#   ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1132(scale int) []string {
	rows := []string{
		"##     #",
		"##   ## ",
		"# #     ",
		"    ## #",
		"## # ## ",
		"  ##    ",
		" ## # # ",
		"#### ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1133(scale int) []string {
	rows := []string{
		"#  ##  #",
		"#  #   #",
		"    ### ",
		"## #### ",
		"# #  # #",
		"## ###  ",
		"## # #  ",
		"###   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1134(scale int) []string {
	rows := []string{
		"  #   ##",
		"## # ###",
		" # ## # ",
		"  #  # #",
		"       #",
		"#   #  #",
		" ###### ",
		" #    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1135(scale int) []string {
	rows := []string{
		"#   ####",
		"#### ## ",
		"####   #",
		"#    #  ",
		" #### ##",
		"  ####  ",
		"##     #",
		" # #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1136(scale int) []string {
	rows := []string{
		"   # #  ",
		"# # ### ",
		"  ### ##",
		"###    #",
		" #  #  #",
		"#  # ## ",
		"  # ### ",
		"###   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1137(scale int) []string {
	rows := []string{
		"#  #####",
		" ##     ",
		" #  # # ",
		"  ###   ",
		"  #   ##",
		" # #    ",
		" # #  # ",
		" ##     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1138(scale int) []string {
	rows := []string{
		"# #   # ",
		"### ##  ",
		"## #    ",
		" # #    ",
		"   #    ",
		"   ###  ",
		" ##  # #",
		"## ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1139(scale int) []string {
	rows := []string{
		"##      ",
		" # #    ",
		"##  #   ",
		"#####   ",
		"   # ## ",
		"  ## #  ",
		"## #    ",
		"## #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1140(scale int) []string {
	rows := []string{
		"    ##  ",
		" #  #  #",
		"     ###",
		"  ##  # ",
		"# # ## #",
		"####### ",
		" # #  # ",
		"## #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1141(scale int) []string {
	rows := []string{
		" # #    ",
		"### # # ",
		"# # ####",
		"       #",
		"  #  ## ",
		" # #### ",
		"#   #   ",
		"  #  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1142(scale int) []string {
	rows := []string{
		"   #####",
		"### ##  ",
		"# # #   ",
		"#   #   ",
		" ### ###",
		"#  ##   ",
		"### ## #",
		"#####   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1143(scale int) []string {
	rows := []string{
		"###   ##",
		"   ##   ",
		"#  #   #",
		" ## ####",
		"  ### # ",
		"# ###  #",
		"#### ## ",
		"   #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1144(scale int) []string {
	rows := []string{
		" ##  # #",
		" # # ###",
		"### #  #",
		"#  ##   ",
		"  # ####",
		"  #     ",
		" # ## # ",
		"# # #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1145(scale int) []string {
	rows := []string{
		"##  ### ",
		"#  ##  #",
		" #  ##  ",
		" ## # ##",
		"## ## ##",
		"  #### #",
		"### ####",
		"### ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1146(scale int) []string {
	rows := []string{
		"# #  # #",
		" # #   #",
		"# ## #  ",
		"#  ###  ",
		"# # ## #",
		"##  # # ",
		"# # # # ",
		"##   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1147(scale int) []string {
	rows := []string{
		"#   ### ",
		"#####  #",
		"     # #",
		"   ###  ",
		" #   ###",
		"##  #   ",
		"   #####",
		" # ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1148(scale int) []string {
	rows := []string{
		"    ##  ",
		" ###  # ",
		" # ###  ",
		"# ## #  ",
		"###  ###",
		" ###  # ",
		"    # ##",
		" #  ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1149(scale int) []string {
	rows := []string{
		"##   # #",
		"# ##### ",
		"## ## # ",
		"  ###   ",
		"#       ",
		" ###   #",
		"# # # ##",
		"  #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1150(scale int) []string {
	rows := []string{
		" ##  ## ",
		"  # # # ",
		"### #  #",
		"  # ### ",
		" ## #  #",
		" # #  ##",
		"#####   ",
		"##   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1151(scale int) []string {
	rows := []string{
		"##   #  ",
		"##  # ##",
		"# #  # #",
		"## #    ",
		"###  #  ",
		"## #    ",
		"   #    ",
		"####  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1152(scale int) []string {
	rows := []string{
		"####### ",
		"# ## # #",
		" # ###  ",
		"  # ### ",
		"   #    ",
		" ####   ",
		" #####  ",
		" ### # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1153(scale int) []string {
	rows := []string{
		" ##   # ",
		"    #  #",
		" ## ### ",
		"## #####",
		"# # ####",
		"### ## #",
		"#  # ###",
		"      # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1154(scale int) []string {
	rows := []string{
		"  #  ## ",
		"    ## #",
		"## ## ##",
		" ###  # ",
		"  # ## #",
		" ##     ",
		"#  ### #",
		" #    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1155(scale int) []string {
	rows := []string{
		"     # #",
		"   #####",
		"####### ",
		"   ##  #",
		"#  ### #",
		"  ####  ",
		"#      #",
		" ##     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1156(scale int) []string {
	rows := []string{
		"# #  #  ",
		"# # ##  ",
		"    ## #",
		"####  ##",
		" # #### ",
		" ###### ",
		"     #  ",
		" ###    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1157(scale int) []string {
	rows := []string{
		" #  ### ",
		"  ###  #",
		"     #  ",
		"#  # ## ",
		"# ## ## ",
		"#### #  ",
		"#  ## ##",
		"## ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1158(scale int) []string {
	rows := []string{
		" # #####",
		"   # #  ",
		"#   #   ",
		"#### #  ",
		"########",
		"  ##### ",
		"  #   ##",
		"## ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1159(scale int) []string {
	rows := []string{
		"### ####",
		"#   ## #",
		"# #   # ",
		"#   # # ",
		"#  #   #",
		"### ### ",
		" ## ### ",
		"## ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1160(scale int) []string {
	rows := []string{
		"#  ##  #",
		"    ##  ",
		"  #  ## ",
		"##  #   ",
		"  ######",
		"## #  # ",
		"  ##  # ",
		"   #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1161(scale int) []string {
	rows := []string{
		"        ",
		"##  #   ",
		"# ### # ",
		"# #  # #",
		" ## ## #",
		"#  ###  ",
		"##    ##",
		"### ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1162(scale int) []string {
	rows := []string{
		"## #####",
		"   #    ",
		"#  # # #",
		"     ## ",
		"#       ",
		"    #  #",
		"##### # ",
		"#    ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1163(scale int) []string {
	rows := []string{
		" ## ##  ",
		" ###### ",
		"## #   #",
		"##  # # ",
		"  ##  # ",
		" #  ### ",
		"#  ##  #",
		"## ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1164(scale int) []string {
	rows := []string{
		" ## ### ",
		"#   # ##",
		"  #   # ",
		"#### ###",
		"    ####",
		"   # # #",
		" ####   ",
		"  ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1165(scale int) []string {
	rows := []string{
		"# #     ",
		"  #    #",
		" ###   #",
		" ## ##  ",
		"#### #  ",
		"     #  ",
		"# # ### ",
		" # #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1166(scale int) []string {
	rows := []string{
		"## # ###",
		"# #    #",
		"#  ## ##",
		" #  # # ",
		"#  #  # ",
		"##  # # ",
		"##  ### ",
		"##     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1167(scale int) []string {
	rows := []string{
		" #     #",
		"   #  # ",
		"    ### ",
		" ##   ##",
		"  # # ##",
		" #     #",
		"  #   ##",
		"##      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1168(scale int) []string {
	rows := []string{
		"#  ## ##",
		" # ## # ",
		"#    ###",
		"   ## # ",
		"#   ####",
		" #####  ",
		"#       ",
		"##  #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1169(scale int) []string {
	rows := []string{
		"####   #",
		"# # ##  ",
		" ## #  #",
		" #    ##",
		"#  # ## ",
		"#  # ## ",
		" # #####",
		"  #  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1170(scale int) []string {
	rows := []string{
		"#  ## ##",
		"#### ## ",
		" ##   # ",
		"#  ##   ",
		"  # #  #",
		"### # # ",
		"   #    ",
		"   ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1171(scale int) []string {
	rows := []string{
		"#### ###",
		"##   #  ",
		"   # ## ",
		"    #  #",
		" # #####",
		"  ## #  ",
		" # ##  #",
		" ## ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1172(scale int) []string {
	rows := []string{
		" # #  # ",
		"  ##    ",
		" ##   # ",
		"# #   ##",
		"   ###  ",
		"   #    ",
		"  #  ###",
		"#  #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1173(scale int) []string {
	rows := []string{
		"# ## #  ",
		" #     #",
		"##  ####",
		"   #    ",
		"## #####",
		"   ## # ",
		" ## ### ",
		" # #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1174(scale int) []string {
	rows := []string{
		"####   #",
		"####### ",
		"# # #   ",
		"   # ## ",
		"    #  #",
		"    ## #",
		" # #  ##",
		" #   ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1175(scale int) []string {
	rows := []string{
		" ## ##  ",
		" #     #",
		"# #  # #",
		"###  #  ",
		" ##  #  ",
		"## # # #",
		"  ###   ",
		"   ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1176(scale int) []string {
	rows := []string{
		"##  ## #",
		"  # #  #",
		" # ## ##",
		"#   # ##",
		"    ### ",
		"###  # #",
		" # #    ",
		"##  #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1177(scale int) []string {
	rows := []string{
		"     ## ",
		"#   #  #",
		"# #   ##",
		"##### ##",
		"##  ## #",
		" ##    #",
		" ## ####",
		" ###    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1178(scale int) []string {
	rows := []string{
		" ## #   ",
		"# #    #",
		"###    #",
		"#   # ##",
		"## # # #",
		"#  #  ##",
		"#### # #",
		"## ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1179(scale int) []string {
	rows := []string{
		" # #  ##",
		"#### ###",
		"   ## # ",
		"      ##",
		"#  #  ##",
		"  ## ###",
		" ## #  #",
		"##  ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1180(scale int) []string {
	rows := []string{
		"#  # ###",
		"# ## #  ",
		"######  ",
		"#### # #",
		" #  # ##",
		" ## ####",
		"## #####",
		"##  #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1181(scale int) []string {
	rows := []string{
		"##      ",
		"#### ## ",
		"  # ####",
		"##      ",
		"    # # ",
		"  ##  ##",
		"#   #  #",
		"# #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1182(scale int) []string {
	rows := []string{
		"  # ## #",
		"  #### #",
		" #####  ",
		"## # ## ",
		"#    # #",
		" # #### ",
		"   #    ",
		"## #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1183(scale int) []string {
	rows := []string{
		" #   #  ",
		" #  # # ",
		"#  #    ",
		" ##   # ",
		"##   ## ",
		"     #  ",
		"#  #  # ",
		"### ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1184(scale int) []string {
	rows := []string{
		" #      ",
		"###  ## ",
		"  ## #  ",
		"# ##  ##",
		"### ##  ",
		" #   # #",
		" ##     ",
		" ##   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1185(scale int) []string {
	rows := []string{
		"#### #  ",
		" #  #  #",
		"    #   ",
		" # #####",
		"  ##   #",
		" ##  #  ",
		"#  ## ##",
		"# #  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1186(scale int) []string {
	rows := []string{
		"### # # ",
		" ### ## ",
		" ##     ",
		"  # #  #",
		"#  # # #",
		" ##     ",
		"#   # # ",
		" ### ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1187(scale int) []string {
	rows := []string{
		" #    ##",
		" # #   #",
		"#   #  #",
		"#  #### ",
		"# #   ##",
		"  ##   #",
		"  ##  ##",
		" #  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1188(scale int) []string {
	rows := []string{
		" ####  #",
		"       #",
		"# # ### ",
		"   ###  ",
		"  # # # ",
		" ### ###",
		" # ###  ",
		" ###   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1189(scale int) []string {
	rows := []string{
		"#####   ",
		"#   ####",
		"###   ##",
		"######  ",
		"#     ##",
		"##### # ",
		"# #   ##",
		"# # #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1190(scale int) []string {
	rows := []string{
		"    # ##",
		"  ## ## ",
		"   # # #",
		"##  # # ",
		" # # # #",
		"## #  # ",
		"#####   ",
		" #  ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1191(scale int) []string {
	rows := []string{
		"### ## #",
		" ##    #",
		" #  ##  ",
		" ###### ",
		"### # ##",
		"  # ##  ",
		"### ####",
		"  ### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1192(scale int) []string {
	rows := []string{
		"  ## # #",
		"  #     ",
		" ## #   ",
		"     ## ",
		" #  ## #",
		" # #   #",
		"## # # #",
		"#  #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1193(scale int) []string {
	rows := []string{
		"## #    ",
		"###  ###",
		"##   #  ",
		" # #  ##",
		"# ##    ",
		" # ## ##",
		"# # ####",
		"## ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1194(scale int) []string {
	rows := []string{
		" ###  ##",
		"###  ## ",
		"## ## # ",
		"##### # ",
		" # # ## ",
		"## ##  #",
		"    #   ",
		"#   # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1195(scale int) []string {
	rows := []string{
		" #  ### ",
		"#   # ##",
		"  ## ## ",
		"##  ### ",
		"  #     ",
		"##   # #",
		"  #  # #",
		"## #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1196(scale int) []string {
	rows := []string{
		"#    ###",
		"### ### ",
		"   # ## ",
		"#  #  ##",
		" #######",
		"   #####",
		"# # ### ",
		"# ##  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1197(scale int) []string {
	rows := []string{
		"#   #  #",
		"#####   ",
		" ## ### ",
		"### ### ",
		"# #  ## ",
		" #   # #",
		" ### # #",
		"   ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1198(scale int) []string {
	rows := []string{
		"  ##   #",
		"####  # ",
		"# #  ###",
		"  ## ###",
		" #    ##",
		" # #  ##",
		" ###  # ",
		"### ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1199(scale int) []string {
	rows := []string{
		"## #  ##",
		"####### ",
		"#### ###",
		"   #### ",
		"#### ## ",
		" ##  # #",
		"#### #  ",
		" #   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1200(scale int) []string {
	rows := []string{
		"##### ##",
		" #  # ##",
		"## #### ",
		"## #  # ",
		" ### ## ",
		" # #  # ",
		"  ## # #",
		"## # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1201(scale int) []string {
	rows := []string{
		"###  ###",
		"        ",
		" #     #",
		"        ",
		" ## #  #",
		" ###### ",
		"#   ####",
		" # ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1202(scale int) []string {
	rows := []string{
		"##   ###",
		"## #    ",
		" # # ###",
		"# #     ",
		"#  #### ",
		"##### ##",
		"  ###   ",
		"# # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1203(scale int) []string {
	rows := []string{
		"  # #  #",
		" #  ##  ",
		"### ## #",
		" #### # ",
		"  # ### ",
		" # # #  ",
		"#  ## # ",
		"# ### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1204(scale int) []string {
	rows := []string{
		"##  ####",
		"#  #    ",
		" # #####",
		" ####  #",
		"##   #  ",
		" ## # ##",
		"  ## ## ",
		"##   ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1205(scale int) []string {
	rows := []string{
		"# #   # ",
		"# ## ## ",
		"##      ",
		" ##  #  ",
		"  ### # ",
		" # ###  ",
		"#  ##   ",
		" #  # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1206(scale int) []string {
	rows := []string{
		"#   ####",
		"#    ###",
		"#   # ##",
		"# # #   ",
		" # ## ##",
		" ##  # #",
		" #  #   ",
		"      # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1207(scale int) []string {
	rows := []string{
		"###  #  ",
		"# ##    ",
		" ## ## #",
		" ##  # #",
		"##    ##",
		"  ####  ",
		" ###### ",
		"##    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1208(scale int) []string {
	rows := []string{
		"# # # ##",
		"    ## #",
		"##    # ",
		"#### ## ",
		" #  ### ",
		" ## ####",
		"## #### ",
		"   #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1209(scale int) []string {
	rows := []string{
		"#     # ",
		" # #  # ",
		"   ###  ",
		"   # # #",
		" ##   ##",
		"## # ###",
		"     ###",
		"   #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1210(scale int) []string {
	rows := []string{
		"## #  ##",
		"##   ## ",
		" # ## ##",
		"  ####  ",
		"  ## #  ",
		"##   #  ",
		" ## ####",
		"    #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1211(scale int) []string {
	rows := []string{
		"#  ##   ",
		" # # ## ",
		"  ## ###",
		"  ####  ",
		"##    ##",
		"  ## # #",
		"# #  #  ",
		"## ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1212(scale int) []string {
	rows := []string{
		"# ## ## ",
		"   #    ",
		" # #  ##",
		" # ##  #",
		" # ##   ",
		"  ## #  ",
		" ## ### ",
		"# #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1213(scale int) []string {
	rows := []string{
		"## ## # ",
		"# ## ###",
		"#  #  # ",
		"##  ##  ",
		"# #     ",
		"# ##  # ",
		"# #   # ",
		"   ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1214(scale int) []string {
	rows := []string{
		" ## ####",
		"# # ## #",
		"  ##  ##",
		"     #  ",
		"  #  # #",
		"###  #  ",
		"   ##   ",
		"#  # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1215(scale int) []string {
	rows := []string{
		"# #     ",
		"# ## ## ",
		"#    #  ",
		" #    # ",
		"   ## ##",
		"#   ####",
		"## # #  ",
		"  ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1216(scale int) []string {
	rows := []string{
		" ### #  ",
		"##### # ",
		" ## ## #",
		"  ##  # ",
		"  # #   ",
		"#### #  ",
		"###   # ",
		"#  # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1217(scale int) []string {
	rows := []string{
		"  ##   #",
		"###   # ",
		"### #   ",
		"# # # # ",
		"# ######",
		"# # ### ",
		" ## ## #",
		"  # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1218(scale int) []string {
	rows := []string{
		"##  ####",
		"    # ##",
		" # #  ##",
		"    ### ",
		"  #   ##",
		"# ### ##",
		"  #     ",
		"  # ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1219(scale int) []string {
	rows := []string{
		"# ##  # ",
		"  ##    ",
		" #     #",
		" ##   # ",
		" ##  #  ",
		"##    ##",
		"# ### # ",
		"# ###  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1220(scale int) []string {
	rows := []string{
		" ### ## ",
		"  ###   ",
		"  # # # ",
		"## #    ",
		"#   ##  ",
		"    # ##",
		"# # ####",
		" # #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1221(scale int) []string {
	rows := []string{
		" #### ##",
		"   #### ",
		" # # ###",
		" # ## # ",
		"   ## # ",
		" #  ####",
		"  # #   ",
		"##  ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1222(scale int) []string {
	rows := []string{
		"  ## ## ",
		"#  #  # ",
		"## #####",
		"     ## ",
		"#  # # #",
		"   ## # ",
		" #### # ",
		"## #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1223(scale int) []string {
	rows := []string{
		"# ######",
		" ###   #",
		"   # ## ",
		"  # ####",
		" #  ## #",
		"### # # ",
		"#       ",
		"    # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1224(scale int) []string {
	rows := []string{
		"   ## # ",
		" ##     ",
		"##   ## ",
		" # ###  ",
		"# #  ## ",
		"    ##  ",
		" # #### ",
		"#    #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1225(scale int) []string {
	rows := []string{
		" #      ",
		" # #  # ",
		" #   # #",
		"   ## # ",
		"## ### #",
		"#   #   ",
		" ###  ##",
		"# ##  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1226(scale int) []string {
	rows := []string{
		"# ##  # ",
		" ### # #",
		"  # ##  ",
		" # ## # ",
		"# #  ## ",
		" ##   ##",
		"# ##    ",
		"  ### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1227(scale int) []string {
	rows := []string{
		" #  ## #",
		"  ###  #",
		" #### ##",
		"# #  ###",
		" ##### #",
		" #  ##  ",
		" ### ###",
		"### ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1228(scale int) []string {
	rows := []string{
		"#####   ",
		" #### ##",
		"# #  ## ",
		"### #  #",
		"#####  #",
		"##  #  #",
		"# # ### ",
		"# ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1229(scale int) []string {
	rows := []string{
		" #### ##",
		"# # ##  ",
		"## #####",
		"#  ##  #",
		"##  #  #",
		"#    # #",
		"### #  #",
		"   # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1230(scale int) []string {
	rows := []string{
		"  ## ###",
		"# # #  #",
		"  #  ###",
		"  ##   #",
		" ## #   ",
		"###    #",
		"    # # ",
		"### ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1231(scale int) []string {
	rows := []string{
		"#   # ##",
		" ## #   ",
		"##   # #",
		"# #  ## ",
		"#  ## ##",
		"#   ##  ",
		"  ## #  ",
		"   #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1232(scale int) []string {
	rows := []string{
		"# ## ###",
		"  ##  ##",
		"## #  ##",
		" # ## # ",
		"# ##  # ",
		"      ##",
		" ####   ",
		"##  # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1233(scale int) []string {
	rows := []string{
		"#  # ###",
		" #### ##",
		"   ###  ",
		" #    # ",
		" #  ### ",
		" #  #   ",
		"  ### # ",
		"  ###  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1234(scale int) []string {
	rows := []string{
		" #  ####",
		" #  #  #",
		"#  ## ##",
		"   ## # ",
		"# # # ##",
		"##  ####",
		" #  #   ",
		"######  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1235(scale int) []string {
	rows := []string{
		"###   ##",
		"## #####",
		"##  ####",
		"# #     ",
		"  ####  ",
		"## #    ",
		"# ####  ",
		"# #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1236(scale int) []string {
	rows := []string{
		"#### ###",
		" # ##   ",
		"  # ##  ",
		"#### ## ",
		" #   ###",
		" #   # #",
		"#   # ##",
		"##### # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1237(scale int) []string {
	rows := []string{
		" #######",
		"#  ### #",
		"  # #  #",
		" # ### #",
		"#       ",
		" #      ",
		"# # ## #",
		"#  ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1238(scale int) []string {
	rows := []string{
		"#   # ##",
		"# ##    ",
		"# ### # ",
		" ## #   ",
		"  # #   ",
		"  ##### ",
		"#      #",
		" ## ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1239(scale int) []string {
	rows := []string{
		"##    ##",
		"# ###  #",
		"# # ##  ",
		"### #   ",
		"# #  ###",
		" #  ####",
		"      ##",
		"## #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1240(scale int) []string {
	rows := []string{
		" # ### #",
		"  # ##  ",
		" # # # #",
		"  ## # #",
		" # ## # ",
		" ##    #",
		"##  ### ",
		" ## ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1241(scale int) []string {
	rows := []string{
		" ## # ##",
		"    # ##",
		"#     # ",
		"#    # #",
		"## # ## ",
		"## #    ",
		"###   # ",
		" # #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1242(scale int) []string {
	rows := []string{
		"## #   #",
		"  ## # #",
		"#  ### #",
		"#    ## ",
		"##     #",
		" # #   #",
		" #    ##",
		" ##  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1243(scale int) []string {
	rows := []string{
		"  #  #  ",
		" # # ## ",
		"####  # ",
		" # ##   ",
		"#  # ## ",
		"#   ####",
		"#####   ",
		"   #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1244(scale int) []string {
	rows := []string{
		"#   # # ",
		" # #  ##",
		"#  # #  ",
		"  #   # ",
		"#    ###",
		"### ####",
		" ##   ##",
		" # #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1245(scale int) []string {
	rows := []string{
		"### ####",
		" #      ",
		"## ###  ",
		"#  #####",
		" #  ## #",
		"  ###  #",
		"# ## #  ",
		"### ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1246(scale int) []string {
	rows := []string{
		"  #  ## ",
		"    # ##",
		"     ## ",
		"###  ## ",
		" ## # ##",
		"# ###  #",
		"  #### #",
		"## ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1247(scale int) []string {
	rows := []string{
		"#  #  ##",
		" # #  # ",
		"# #  ## ",
		"  #   ##",
		" # # # #",
		"##  #   ",
		"#   #  #",
		"# ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1248(scale int) []string {
	rows := []string{
		"#   ####",
		"     ## ",
		"## # #  ",
		"# # ## #",
		"  # ####",
		"#### #  ",
		" ##     ",
		"#  #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1249(scale int) []string {
	rows := []string{
		"   ###  ",
		"      # ",
		" # #### ",
		"## #    ",
		"   #   #",
		"##  ### ",
		" ###  # ",
		"#   #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1250(scale int) []string {
	rows := []string{
		"###     ",
		"##  # ##",
		" ##  # #",
		"### # # ",
		"  #  ###",
		"#     ##",
		"##  ####",
		"##     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1251(scale int) []string {
	rows := []string{
		"##   ###",
		" #   ## ",
		"##  # # ",
		"#     # ",
		" #  #  #",
		"###   ##",
		" #  # # ",
		" # #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1252(scale int) []string {
	rows := []string{
		"  #  ## ",
		"   #   #",
		"##   #  ",
		" ## ## #",
		"###     ",
		" # #### ",
		"   #####",
		" ####  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1253(scale int) []string {
	rows := []string{
		"##      ",
		"##  ####",
		"#  #  # ",
		"##  #  #",
		"### # # ",
		"## # ###",
		"  ##  ##",
		"##### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1254(scale int) []string {
	rows := []string{
		" # # #  ",
		" ##    #",
		" # ###  ",
		"#  ##  #",
		"## #    ",
		"  #   # ",
		"##   #  ",
		" ##   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1255(scale int) []string {
	rows := []string{
		"   #####",
		"## ## # ",
		"##  ### ",
		"######  ",
		"  #     ",
		"   #  # ",
		"##   #  ",
		" ## ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1256(scale int) []string {
	rows := []string{
		" # ### #",
		"## # # #",
		"# # # # ",
		"#  ## # ",
		"  #  #  ",
		" ## ## #",
		"  #  ## ",
		"#  #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1257(scale int) []string {
	rows := []string{
		" #  #   ",
		" ##    #",
		"  #     ",
		"     ## ",
		" ## #   ",
		"##    ##",
		" ###### ",
		"##      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1258(scale int) []string {
	rows := []string{
		" #   #  ",
		"## # ## ",
		"     #  ",
		"##  #  #",
		"# #  ###",
		" # #  ##",
		"### ## #",
		"####  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1259(scale int) []string {
	rows := []string{
		" ###    ",
		"###  #  ",
		"# ####  ",
		"# # # # ",
		"  ##  ##",
		"#  #### ",
		"#  ##   ",
		" # #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1260(scale int) []string {
	rows := []string{
		" # #### ",
		" ##  #  ",
		"#  #  # ",
		" #### ##",
		"##      ",
		"##     #",
		"##      ",
		"#  #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1261(scale int) []string {
	rows := []string{
		" ## ####",
		"#   ####",
		"##  # ##",
		"#### ## ",
		"# #  ## ",
		"#  # ## ",
		"  #   # ",
		"  ## ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1262(scale int) []string {
	rows := []string{
		"## # # #",
		"###     ",
		"## # # #",
		"# #   ##",
		"## ### #",
		"     #  ",
		" #  ## #",
		"### #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1263(scale int) []string {
	rows := []string{
		"  ## ###",
		"  #### #",
		"##   #  ",
		"# # #   ",
		"#  #####",
		"  #### #",
		"# #     ",
		" ### ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1264(scale int) []string {
	rows := []string{
		"  #  # #",
		"#    # #",
		" #   # #",
		"#  ##  #",
		"    ##  ",
		"  ###   ",
		" # # #  ",
		" ##  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1265(scale int) []string {
	rows := []string{
		"##  # ##",
		"   ## ##",
		"####### ",
		"##  ##  ",
		"  # ### ",
		"##  # # ",
		"#####   ",
		"##      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1266(scale int) []string {
	rows := []string{
		"# ###   ",
		" ##    #",
		" # #  ##",
		"#  ###  ",
		"##### ##",
		"  # ## #",
		"   # ###",
		"# #  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1267(scale int) []string {
	rows := []string{
		"#       ",
		"########",
		" ##     ",
		"## ## ##",
		" #   ###",
		" #####  ",
		" #    # ",
		" #  ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1268(scale int) []string {
	rows := []string{
		"#       ",
		"        ",
		"#  ## # ",
		"####### ",
		"#  ## ##",
		"# #   ##",
		"#### ## ",
		" #  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1269(scale int) []string {
	rows := []string{
		"#       ",
		" ## #  #",
		"  # #   ",
		"  # ### ",
		" ### ## ",
		"## # ## ",
		"###   # ",
		"#   #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1270(scale int) []string {
	rows := []string{
		"# # ### ",
		"# ## #  ",
		"# ### # ",
		"  # ## #",
		"# ### ##",
		"     #  ",
		"# ## # #",
		" ##   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1271(scale int) []string {
	rows := []string{
		" ## # ##",
		"#   ####",
		" # #####",
		"##  ### ",
		"##   # #",
		" #    ##",
		"   #####",
		"## ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1272(scale int) []string {
	rows := []string{
		"  ## #  ",
		"  # ####",
		" ### #  ",
		"# ## # #",
		" #    # ",
		"   #  ##",
		" # #### ",
		"  # ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1273(scale int) []string {
	rows := []string{
		"  ###   ",
		"##   ## ",
		"# ##  ##",
		" # ###  ",
		" ## ### ",
		"  #  ## ",
		"#  #  ##",
		" # ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1274(scale int) []string {
	rows := []string{
		"########",
		"     ## ",
		"## # ###",
		" #   #  ",
		"# #  ## ",
		" #      ",
		"# #  # #",
		"# #     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1275(scale int) []string {
	rows := []string{
		"#  ##   ",
		"# # # # ",
		"##   # #",
		" # # ###",
		"# #  # #",
		"  # ## #",
		"### #   ",
		" # #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1276(scale int) []string {
	rows := []string{
		" #  #   ",
		"##  ## #",
		"##   ## ",
		" ## ## #",
		" ###   #",
		"# ## ###",
		"  # #  #",
		"#   # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1277(scale int) []string {
	rows := []string{
		"#  # ## ",
		"# # #   ",
		"   #  ##",
		" #### # ",
		" #  #  #",
		"## #   #",
		"#### #  ",
		" # ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1278(scale int) []string {
	rows := []string{
		" # ### #",
		"     ###",
		" #   ###",
		"  # #   ",
		" ###    ",
		"### #   ",
		"  ## #  ",
		"   # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1279(scale int) []string {
	rows := []string{
		"#####  #",
		"  ##  # ",
		"#####   ",
		"# #     ",
		"####   #",
		" #### # ",
		" #### # ",
		"# ###  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1280(scale int) []string {
	rows := []string{
		"#  ###  ",
		"## ##   ",
		" ##  ## ",
		"###  ## ",
		"###   # ",
		" ### #  ",
		" #   ###",
		"    ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1281(scale int) []string {
	rows := []string{
		"#  # ###",
		"### ### ",
		"#      #",
		"##  ####",
		"#### ## ",
		"#####  #",
		"    # # ",
		"### ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1282(scale int) []string {
	rows := []string{
		" ## # ##",
		"#     # ",
		"  #### #",
		"   ### #",
		"# ## # #",
		"## #####",
		" #   #  ",
		" # ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1283(scale int) []string {
	rows := []string{
		"# ## ###",
		"#     # ",
		"## # #  ",
		" ## # ##",
		"#####  #",
		"#### ## ",
		"  ####  ",
		" ## ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1284(scale int) []string {
	rows := []string{
		"#  ##  #",
		"     ###",
		" # ### #",
		" ## #   ",
		"##  ####",
		"     #  ",
		"### #  #",
		"  # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1285(scale int) []string {
	rows := []string{
		" ##   # ",
		" # ## ##",
		" #  ## #",
		"        ",
		" ####   ",
		"##  # ##",
		"    #   ",
		"   ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1286(scale int) []string {
	rows := []string{
		" ##    #",
		"####  ##",
		"   ### #",
		"    ####",
		"   ### #",
		"# ## ## ",
		"###  ###",
		"##  #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1287(scale int) []string {
	rows := []string{
		"  ##   #",
		"###   # ",
		"    #   ",
		"   # #  ",
		"  # #   ",
		" ## ## #",
		"#      #",
		"# ### ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1288(scale int) []string {
	rows := []string{
		"## # ###",
		"# # ### ",
		" ## ### ",
		"      ##",
		"   #  # ",
		"# ## #  ",
		"##    ##",
		"#   ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1289(scale int) []string {
	rows := []string{
		"#  #  ##",
		"   ###  ",
		"  # ## #",
		"#   # ##",
		"   # #  ",
		"   ###  ",
		" ###### ",
		"####  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1290(scale int) []string {
	rows := []string{
		" ##  # #",
		"   ## ##",
		"# #### #",
		"### ## #",
		"  # ####",
		"#    ## ",
		"  ##  ##",
		"  ####  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1291(scale int) []string {
	rows := []string{
		"#  ## ##",
		" ### # #",
		"# # #   ",
		"# ####  ",
		"    #  #",
		"   # #  ",
		" ## ## #",
		"######  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1292(scale int) []string {
	rows := []string{
		"  #     ",
		"  # #  #",
		" ##    #",
		"#  # #  ",
		"### # ##",
		" ##  ###",
		"##  #  #",
		"#  # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1293(scale int) []string {
	rows := []string{
		"###    #",
		"  ##  # ",
		"  ### ##",
		" #  ##  ",
		"#  ##   ",
		"# ###   ",
		"   ##   ",
		"    ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1294(scale int) []string {
	rows := []string{
		"  ## ## ",
		"#   # ##",
		"##  ## #",
		"#  # # #",
		"# ## #  ",
		"##   ## ",
		"  #### #",
		"###### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1295(scale int) []string {
	rows := []string{
		"   #####",
		"  #     ",
		"# # ##  ",
		"  # ####",
		"#  #### ",
		"###   # ",
		" #  ##  ",
		"#### # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1296(scale int) []string {
	rows := []string{
		"  #  ###",
		"## #  ##",
		"#   # # ",
		"##### ##",
		"###   # ",
		"#### ###",
		" # #  ##",
		" #  ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1297(scale int) []string {
	rows := []string{
		"## ##   ",
		" ## # ##",
		"    # ##",
		"  # ##  ",
		"###    #",
		"  # # # ",
		"  ### # ",
		"##   ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1298(scale int) []string {
	rows := []string{
		"##  ####",
		"# # #  #",
		" ## ## #",
		"   # #  ",
		" # # # #",
		"    ##  ",
		"##   # #",
		" # ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1299(scale int) []string {
	rows := []string{
		"#  #    ",
		"## ##  #",
		" # ##  #",
		" #   ###",
		"###  ## ",
		"   ##  #",
		"#### # #",
		" ###### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1300(scale int) []string {
	rows := []string{
		"# # ##  ",
		"##      ",
		"# ##### ",
		" # # # #",
		"####    ",
		"####    ",
		"   #  # ",
		" ##   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1301(scale int) []string {
	rows := []string{
		" ##  #  ",
		"##   ###",
		"##  # ##",
		"   # # #",
		"###    #",
		"# ## ###",
		" ##     ",
		"   #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1302(scale int) []string {
	rows := []string{
		" #     #",
		" # # #  ",
		" # #    ",
		"# ##  # ",
		" #### ##",
		"#  ###  ",
		"####   #",
		"# # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1303(scale int) []string {
	rows := []string{
		"#    #  ",
		"#      #",
		"##  #  #",
		" ### ## ",
		"#  ###  ",
		" ## ## #",
		"# # #  #",
		"###    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1304(scale int) []string {
	rows := []string{
		" ## ####",
		" # # ## ",
		" # #   #",
		"#    ###",
		" ####   ",
		"   ## # ",
		"   ##   ",
		" # ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1305(scale int) []string {
	rows := []string{
		"# # # ##",
		"# #  #  ",
		"   # ###",
		" ## ##  ",
		" #  ## #",
		"# ##  ##",
		" #   # #",
		" #  #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1306(scale int) []string {
	rows := []string{
		"# # #   ",
		" ##     ",
		" ## ## #",
		"   # ## ",
		"   #####",
		"### # ##",
		"   # #  ",
		" ### ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1307(scale int) []string {
	rows := []string{
		"### ##  ",
		"   #####",
		" ###   #",
		" ###  ##",
		"  ### ##",
		" ##    #",
		" # #### ",
		"##  ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1308(scale int) []string {
	rows := []string{
		"  #   ##",
		"### # # ",
		"### #   ",
		"# #   ##",
		" #####  ",
		"  #   ##",
		"## # ## ",
		" #  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1309(scale int) []string {
	rows := []string{
		"#### ###",
		"   #  ##",
		"#  # ## ",
		"## ### #",
		"#  #   #",
		"## # #  ",
		"##  ##  ",
		"## # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1310(scale int) []string {
	rows := []string{
		"  ###  #",
		" # ## ##",
		"#  # ## ",
		" # ## ##",
		"# ####  ",
		"# ######",
		"#  ## # ",
		"#  # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1311(scale int) []string {
	rows := []string{
		"##  ## #",
		"## # #  ",
		" #######",
		"# ## #  ",
		"  ## ## ",
		"# ######",
		" ####  #",
		" # ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1312(scale int) []string {
	rows := []string{
		"###  # #",
		"# ## ## ",
		"#  ## # ",
		"### ## #",
		"   # ## ",
		"  ### ##",
		"     ## ",
		"  #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1313(scale int) []string {
	rows := []string{
		"  ### ##",
		"# ##   #",
		"    ## #",
		" # ##  #",
		"#### # #",
		"#### # #",
		"#  #### ",
		"   ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1314(scale int) []string {
	rows := []string{
		" #      ",
		" #   #  ",
		"   ##  #",
		"# # # # ",
		" ## ### ",
		" ## # # ",
		"###   ##",
		"  # #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1315(scale int) []string {
	rows := []string{
		"  #  # #",
		"# #  #  ",
		"  ####  ",
		"    # ##",
		"##  ##  ",
		" #  # # ",
		"##### # ",
		" ## ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1316(scale int) []string {
	rows := []string{
		"###  #  ",
		"### ### ",
		"    #  #",
		" #   # #",
		" ## # # ",
		"##   ###",
		"  # # ##",
		" ####   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1317(scale int) []string {
	rows := []string{
		"####    ",
		" #  # ##",
		"  ####  ",
		"#  # # #",
		" #      ",
		"   ## # ",
		" # #  # ",
		"    ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1318(scale int) []string {
	rows := []string{
		" ### ## ",
		"# ## ## ",
		"# ##    ",
		" ## ### ",
		"## ## # ",
		"# ###   ",
		"# ######",
		"## # # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1319(scale int) []string {
	rows := []string{
		"        ",
		"#  # # #",
		"   #  ##",
		"  # #   ",
		"   ### #",
		" ### ###",
		"    ### ",
		"##   ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1320(scale int) []string {
	rows := []string{
		" #  ##  ",
		" ## ## #",
		"##  #   ",
		" #   ## ",
		"# ##  # ",
		"   # # #",
		" # ##  #",
		" ####   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1321(scale int) []string {
	rows := []string{
		"######  ",
		" ## # # ",
		"# #  ## ",
		" #  # ##",
		"  ## ###",
		"  #   # ",
		"  ##    ",
		"  #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1322(scale int) []string {
	rows := []string{
		"# #    #",
		"#### ## ",
		" ####  #",
		"   ## ##",
		"### ### ",
		"  # #   ",
		"#  ### #",
		"  ## # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1323(scale int) []string {
	rows := []string{
		"# # # # ",
		" # ## ##",
		"#     # ",
		"# #  # #",
		"   #  ##",
		"  # # ##",
		"###    #",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1324(scale int) []string {
	rows := []string{
		" # #####",
		"# ##   #",
		" # #####",
		" ##  ###",
		"### # # ",
		"  #  # #",
		"##### ##",
		"# ##  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1325(scale int) []string {
	rows := []string{
		"  ## # #",
		" # ##  #",
		"##   ## ",
		"  # # # ",
		"## ## # ",
		"#   ## #",
		" #  ####",
		"    ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1326(scale int) []string {
	rows := []string{
		" #  # ##",
		"##      ",
		"###     ",
		"## #  ##",
		"#  ##   ",
		" #    ##",
		"##  ##  ",
		"# # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1327(scale int) []string {
	rows := []string{
		"   ###  ",
		"# #   ##",
		" ##    #",
		"   # ## ",
		"   ### #",
		"## # ## ",
		" ## #   ",
		"  # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1328(scale int) []string {
	rows := []string{
		"## #####",
		"  ##  ##",
		"##  #   ",
		"###   # ",
		"#   ## #",
		"#   #   ",
		"  #  #  ",
		" ###   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1329(scale int) []string {
	rows := []string{
		"## #  ##",
		" ###  ##",
		" ##   ##",
		"# ##    ",
		" ## ##  ",
		"#  #    ",
		"##    # ",
		"  # ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1330(scale int) []string {
	rows := []string{
		"#### #  ",
		"  #   ##",
		"##   #  ",
		"#     # ",
		" ##  #  ",
		" #  ####",
		"#####  #",
		"## ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1331(scale int) []string {
	rows := []string{
		"####  # ",
		"  # ####",
		"    #  #",
		" # # ###",
		"### # # ",
		"  ## #  ",
		"#  #####",
		" #    # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1332(scale int) []string {
	rows := []string{
		" ### ## ",
		"        ",
		"# #     ",
		" #  ## #",
		" ##     ",
		" ###  # ",
		"###     ",
		"     #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1333(scale int) []string {
	rows := []string{
		" ####  #",
		" # # ## ",
		" ### ## ",
		"    ##  ",
		"###    #",
		" #  ##  ",
		"###   ##",
		" #  ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1334(scale int) []string {
	rows := []string{
		"   # # #",
		"### ##  ",
		"####    ",
		" # #  # ",
		"   # ## ",
		"# # #   ",
		"# ## # #",
		" #   ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1335(scale int) []string {
	rows := []string{
		"     #  ",
		"##  ##  ",
		"# ### ##",
		" # ##   ",
		"### #   ",
		" #   ## ",
		"# # ### ",
		" ###    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1336(scale int) []string {
	rows := []string{
		" ## #  #",
		"# ##    ",
		"###  # #",
		"  ### # ",
		"# ### # ",
		"##   ###",
		"  ###   ",
		"   ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1337(scale int) []string {
	rows := []string{
		"# #    #",
		"### ##  ",
		"# ###  #",
		" # ### #",
		"  ### # ",
		" # #####",
		"    #  #",
		"   # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1338(scale int) []string {
	rows := []string{
		"  ## ## ",
		" ## ## #",
		" ##   ##",
		"   #    ",
		"  ## # #",
		"  ## ###",
		" ## ### ",
		"# # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1339(scale int) []string {
	rows := []string{
		"#  ## ##",
		"# ## ###",
		"#####   ",
		" #    ##",
		" #   # #",
		" ###### ",
		"#       ",
		"# ##   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1340(scale int) []string {
	rows := []string{
		" # ### #",
		" #### ##",
		"# ## #  ",
		"### ####",
		"# ### # ",
		"# #   # ",
		"  ##### ",
		"   #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1341(scale int) []string {
	rows := []string{
		" # ##   ",
		"#  # ###",
		" #  ##  ",
		"  ##  # ",
		"## # #  ",
		"#  ##   ",
		"    #   ",
		" #  #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1342(scale int) []string {
	rows := []string{
		"###   # ",
		" ## ####",
		" ## ##  ",
		"#       ",
		"    # ##",
		"# #   # ",
		" ## ### ",
		"# #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1343(scale int) []string {
	rows := []string{
		"#  ###  ",
		"  # ## #",
		"### ##  ",
		"   # #  ",
		" ## ##  ",
		"## #### ",
		"  ###   ",
		"   ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1344(scale int) []string {
	rows := []string{
		" #      ",
		"    ##  ",
		"  # ## #",
		"  #### #",
		"  # ## #",
		"#  ### #",
		"  # # ##",
		"#  #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1345(scale int) []string {
	rows := []string{
		"###   # ",
		" #### ##",
		" # # ## ",
		" #    ##",
		" # #####",
		"## # # #",
		"##   # #",
		"## ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1346(scale int) []string {
	rows := []string{
		"## #   #",
		"# ##   #",
		"#     # ",
		"#     ##",
		"  ## #  ",
		" ###  ##",
		"#       ",
		"# # # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1347(scale int) []string {
	rows := []string{
		"  #    #",
		"  ### ##",
		" ## # ##",
		" #      ",
		"# ##   #",
		"##   ## ",
		"### #   ",
		"#  #### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1348(scale int) []string {
	rows := []string{
		" ####  #",
		"# # ### ",
		"## ### #",
		"###    #",
		"## # ## ",
		"  # #  #",
		"# ##  ##",
		"  #     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1349(scale int) []string {
	rows := []string{
		"# ## ###",
		" # ###  ",
		"#       ",
		"#### ###",
		" # # ###",
		"# ###   ",
		"#  ###  ",
		"########",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1350(scale int) []string {
	rows := []string{
		" ##  #  ",
		"   #  # ",
		"# #    #",
		"### ## #",
		" # #####",
		"# #  ###",
		"  #  ###",
		"# #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1351(scale int) []string {
	rows := []string{
		"   ## ##",
		"   ### #",
		"#  # #  ",
		" # #   #",
		"## ## ##",
		"  #    #",
		"  #   # ",
		"### ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1352(scale int) []string {
	rows := []string{
		" # ## ##",
		"## #  ##",
		"##      ",
		"   #    ",
		"   ## ##",
		"# #  ###",
		"   ###  ",
		"# #  #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1353(scale int) []string {
	rows := []string{
		"  # #   ",
		"##     #",
		"    # ##",
		"# ##   #",
		"  #### #",
		" # #    ",
		"##  #  #",
		"# #### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1354(scale int) []string {
	rows := []string{
		"#     # ",
		"# #  ###",
		"# # ### ",
		"   #### ",
		"      # ",
		"## ##   ",
		"# ##   #",
		"###  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1355(scale int) []string {
	rows := []string{
		"### ## #",
		" ###    ",
		"## # #  ",
		"  ##    ",
		"# ##   #",
		" ##  #  ",
		" ##   # ",
		"# #   ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1356(scale int) []string {
	rows := []string{
		"# #  ## ",
		"#   # # ",
		"#     ##",
		"  # # # ",
		"   #####",
		"   #    ",
		"##    # ",
		"# #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1357(scale int) []string {
	rows := []string{
		"### #  #",
		"## ###  ",
		"  ######",
		"## # ###",
		"#    ###",
		"     #  ",
		"  #  ###",
		"# ###   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1358(scale int) []string {
	rows := []string{
		"#   ### ",
		"    ##  ",
		"### ### ",
		"    ####",
		"### ####",
		"    ##  ",
		"# #    #",
		"## # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1359(scale int) []string {
	rows := []string{
		"  # ##  ",
		"#  ##   ",
		"#     ##",
		" ####  #",
		" #  ### ",
		"# #  ## ",
		"##  # ##",
		" #  #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1360(scale int) []string {
	rows := []string{
		"#  #  ##",
		"# #     ",
		" # # #  ",
		"#    # #",
		"     ## ",
		"  ###  #",
		"#    # #",
		" # # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1361(scale int) []string {
	rows := []string{
		" # # ###",
		"   ### #",
		"# ##### ",
		"####  # ",
		" ##     ",
		"#    # #",
		"### # ##",
		" ## ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1362(scale int) []string {
	rows := []string{
		"#####  #",
		"##   #  ",
		"##   ## ",
		"  #    #",
		"  ###   ",
		"  ## # #",
		" #######",
		"#    #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1363(scale int) []string {
	rows := []string{
		"# # #   ",
		"###  ## ",
		"   ##  #",
		"  #    #",
		"#    ###",
		"##### ##",
		" ## #   ",
		" ## #   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1364(scale int) []string {
	rows := []string{
		" ##### #",
		"  ####  ",
		"   ### #",
		" #    # ",
		" ###### ",
		"# ###   ",
		"#### ## ",
		" #      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1365(scale int) []string {
	rows := []string{
		"## ##  #",
		"# # #   ",
		"# # #   ",
		"       #",
		"## ## # ",
		"    ### ",
		"    ##  ",
		" # #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1366(scale int) []string {
	rows := []string{
		"# #  ## ",
		" ### # #",
		" # ###  ",
		"#       ",
		"    ### ",
		" #  #  #",
		"  #  #  ",
		" ##  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1367(scale int) []string {
	rows := []string{
		" # #####",
		" # #####",
		"##  # ##",
		"  ###   ",
		"## #  ##",
		"#    ## ",
		"###  #  ",
		"     # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1368(scale int) []string {
	rows := []string{
		"# # ## #",
		" #      ",
		"#### ## ",
		"##  ## #",
		"  #   ##",
		"##  ####",
		" ## ####",
		"     ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1369(scale int) []string {
	rows := []string{
		"## ##  #",
		"   ###  ",
		"       #",
		"##### # ",
		" #  ####",
		"   ## # ",
		"########",
		"#      #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1370(scale int) []string {
	rows := []string{
		"  # # ##",
		"###    #",
		"####   #",
		"  #   # ",
		" ##  ###",
		"   ## ##",
		"#  #  ##",
		"##   #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1371(scale int) []string {
	rows := []string{
		"  # ####",
		"##      ",
		"##  #   ",
		" #    ##",
		"   ## # ",
		" # #  # ",
		"###   ##",
		"# ##### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1372(scale int) []string {
	rows := []string{
		"  ##### ",
		"   ##  #",
		"  ##  ##",
		"# ##   #",
		"   ## # ",
		"#  ### #",
		" #    # ",
		"##   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1373(scale int) []string {
	rows := []string{
		" #  ## #",
		"### # ##",
		"# ###   ",
		" #     #",
		"### # ##",
		" #  ### ",
		"####### ",
		"  #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1374(scale int) []string {
	rows := []string{
		"######  ",
		"##  ##  ",
		"#  # ###",
		"  ###   ",
		"  ##### ",
		"  # # # ",
		" #   # #",
		"#  ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1375(scale int) []string {
	rows := []string{
		" #  ##  ",
		"#     ##",
		"##  # # ",
		"  #     ",
		" #### ##",
		"# #   ##",
		"### ##  ",
		"   #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1376(scale int) []string {
	rows := []string{
		"#   ####",
		"## #####",
		"  # ####",
		"# #  ###",
		"# # #  #",
		"## #  # ",
		"   ##   ",
		"#  ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1377(scale int) []string {
	rows := []string{
		"  #    #",
		"  # #  #",
		" #    ##",
		"   ### #",
		"#   #   ",
		"## # ###",
		" #  ####",
		" ## ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1378(scale int) []string {
	rows := []string{
		"###   # ",
		"#  ## # ",
		"  #   ##",
		"# # #  #",
		"##### # ",
		"#   #   ",
		" # #   #",
		"####  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1379(scale int) []string {
	rows := []string{
		"   ##  #",
		"#  # #  ",
		" #    ##",
		"   ##   ",
		"  ##  ##",
		" #  #   ",
		" #  # ##",
		"#   # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1380(scale int) []string {
	rows := []string{
		"# ## ###",
		"#  ## # ",
		"##   ## ",
		" ##   ##",
		"#  ##  #",
		" # ##   ",
		"# # #   ",
		"   ## ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1381(scale int) []string {
	rows := []string{
		"# #   ##",
		" ## # ##",
		" ##    #",
		"#  #    ",
		" # ##   ",
		" # ## # ",
		" ## ##  ",
		"##  ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1382(scale int) []string {
	rows := []string{
		" #   #  ",
		" ## ### ",
		"   # ## ",
		" #  ####",
		"## ### #",
		"## ### #",
		"  # #  #",
		"#  ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1383(scale int) []string {
	rows := []string{
		"#   ##  ",
		"# # # # ",
		" #### ##",
		"###   # ",
		"#   # # ",
		" # #  # ",
		"#####  #",
		"# ##    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1384(scale int) []string {
	rows := []string{
		"##  #  #",
		"## #  ##",
		"# # #  #",
		"    ### ",
		"# ##  # ",
		" ### ###",
		" ###  ##",
		"#  # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1385(scale int) []string {
	rows := []string{
		"  ####  ",
		" # ## # ",
		" # ##   ",
		"## ### #",
		"# #     ",
		"##  # # ",
		" ###  ##",
		"#  #####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1386(scale int) []string {
	rows := []string{
		"   #  # ",
		"     #  ",
		"  #   ##",
		" #  # ##",
		" ###   #",
		"### # ##",
		"   ## ##",
		"##    # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1387(scale int) []string {
	rows := []string{
		"### # ##",
		"###  ## ",
		" # #### ",
		"#  #   #",
		"## #### ",
		" # #####",
		"#  #####",
		"# #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1388(scale int) []string {
	rows := []string{
		"  # ## #",
		"  ## #  ",
		"   ##  #",
		" ## # ##",
		"#   ## #",
		"# # #   ",
		"  # #  #",
		"###  ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1389(scale int) []string {
	rows := []string{
		"      # ",
		" ###   #",
		"# ## ###",
		"# ##  # ",
		"# #   ##",
		"  #   ##",
		" ## ##  ",
		"   # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1390(scale int) []string {
	rows := []string{
		" # #  ##",
		"# ##  # ",
		"###  # #",
		" #   ## ",
		"   ## ##",
		"  #  # #",
		"##   #  ",
		"   ##  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1391(scale int) []string {
	rows := []string{
		"#  ##  #",
		"###    #",
		"## # ###",
		" # #### ",
		"  # ####",
		"  # ####",
		"####    ",
		" #      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1392(scale int) []string {
	rows := []string{
		"# ## #  ",
		"### ### ",
		"####  # ",
		"#  #  # ",
		" #### ##",
		"  ##  ##",
		" ##  ###",
		"#     ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1393(scale int) []string {
	rows := []string{
		"    ##  ",
		"##   # #",
		" ###  ##",
		"#  ###  ",
		"### ## #",
		"#####  #",
		"#     ##",
		"### ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1394(scale int) []string {
	rows := []string{
		"#  ##  #",
		" # ### #",
		"#    # #",
		" #     #",
		" # #  ##",
		" ##### #",
		"# #    #",
		" #   ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1395(scale int) []string {
	rows := []string{
		"########",
		"  # #  #",
		"#  ## ##",
		"##  #   ",
		" #### # ",
		"   # ## ",
		"####  ##",
		"####  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1396(scale int) []string {
	rows := []string{
		" ### ## ",
		"#  #### ",
		"  # ####",
		"  ####  ",
		"   # ###",
		" # #  ##",
		" ## # # ",
		"## ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1397(scale int) []string {
	rows := []string{
		"# ######",
		"   ##   ",
		" #### # ",
		"###   ##",
		"  #     ",
		" #    # ",
		"# ##  ##",
		"#####   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1398(scale int) []string {
	rows := []string{
		"     #  ",
		"#    # #",
		"   #  # ",
		"#  #### ",
		" ## # ##",
		"## # ###",
		"### #   ",
		"#  # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1399(scale int) []string {
	rows := []string{
		"### ## #",
		"### ##  ",
		" # ##   ",
		"    #   ",
		"#   #   ",
		" #  ### ",
		"##  # # ",
		" ##     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1400(scale int) []string {
	rows := []string{
		"#    #  ",
		"### ####",
		" #   ###",
		"#   ## #",
		"#  # # #",
		"#    ###",
		"## # ## ",
		"  ## #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1401(scale int) []string {
	rows := []string{
		" ##    #",
		"### # ##",
		"    #  #",
		" ##   ##",
		"#    ###",
		"     ###",
		"# #    #",
		" #    ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1402(scale int) []string {
	rows := []string{
		"  #   ##",
		"# ## # #",
		" # # #  ",
		"  #### #",
		"###   ##",
		"# ### ##",
		"###   # ",
		" ##  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1403(scale int) []string {
	rows := []string{
		" # #  # ",
		"  #### #",
		" # # ## ",
		" # # ## ",
		"##    # ",
		"#  #   #",
		" # ###  ",
		"###   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1404(scale int) []string {
	rows := []string{
		"    ## #",
		"###  #  ",
		" #   #  ",
		"  ##  ##",
		" # #### ",
		"# # ## #",
		"## ##   ",
		"   ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1405(scale int) []string {
	rows := []string{
		" #  #   ",
		"#   #  #",
		"  #   ##",
		"##### ##",
		" #   # #",
		"### #   ",
		"### ####",
		"### ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1406(scale int) []string {
	rows := []string{
		"  # #   ",
		"# ##    ",
		"   # ## ",
		"  ##    ",
		" #####  ",
		"#  ##   ",
		"####  # ",
		"#### ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1407(scale int) []string {
	rows := []string{
		" ###   #",
		"###   ##",
		" ### ###",
		"### # # ",
		"  ## ## ",
		"  # ####",
		"######  ",
		" #  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1408(scale int) []string {
	rows := []string{
		"  ##  # ",
		"   # # #",
		"      ##",
		"####  ##",
		"   ## ##",
		" # ### #",
		"###### #",
		" ###  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1409(scale int) []string {
	rows := []string{
		"#  ###  ",
		"#    #  ",
		" ####   ",
		"       #",
		" #  #   ",
		"   # ## ",
		"  ######",
		"  # #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1410(scale int) []string {
	rows := []string{
		"   ## # ",
		"#  #    ",
		" # #### ",
		"##      ",
		" # ### #",
		"##  ## #",
		"# ###   ",
		"#  # #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1411(scale int) []string {
	rows := []string{
		"## #  ##",
		"####  # ",
		"  # #  #",
		"      ##",
		"  ###  #",
		"# # #   ",
		"   ##  #",
		"### ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1412(scale int) []string {
	rows := []string{
		"##    ##",
		"     ## ",
		"## ## # ",
		"#    ## ",
		"#####  #",
		"##    ##",
		"  #    #",
		"  ## #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1413(scale int) []string {
	rows := []string{
		"#    ## ",
		"#  ### #",
		"##  ####",
		"##   ## ",
		"### ### ",
		"# ## ## ",
		" # ##  #",
		" #      ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1414(scale int) []string {
	rows := []string{
		"##    # ",
		" # ## # ",
		" ##  ###",
		"# ###   ",
		"#  # # #",
		"##### ##",
		"##### # ",
		" #  ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1415(scale int) []string {
	rows := []string{
		"    ##  ",
		"  #  ###",
		"###  # #",
		" ###    ",
		" ###  ##",
		"##### ##",
		"## ###  ",
		" ## # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1416(scale int) []string {
	rows := []string{
		"  # ## #",
		"# ###  #",
		" ##    #",
		" #####  ",
		"##  #  #",
		"#  #####",
		"##  ### ",
		"# # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1417(scale int) []string {
	rows := []string{
		"# ##### ",
		"#  #####",
		"     ###",
		"### ####",
		"    ## #",
		"#  # ###",
		"  ##### ",
		"    # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1418(scale int) []string {
	rows := []string{
		"#   ##  ",
		"###  ## ",
		"    #   ",
		" ####  #",
		" # # ## ",
		"  # # # ",
		"# ## ## ",
		"## ###  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1419(scale int) []string {
	rows := []string{
		" # #### ",
		"#  ### #",
		"### ####",
		"## ##  #",
		"#  # ## ",
		"##     #",
		"   # ###",
		"####    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1420(scale int) []string {
	rows := []string{
		"    # ##",
		" ##   ##",
		"###    #",
		"### ####",
		"##    # ",
		"  ###   ",
		" # #  ##",
		" #   # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1421(scale int) []string {
	rows := []string{
		"     ###",
		"# # #   ",
		"#### ###",
		" #  # ##",
		"###  #  ",
		"#  ## # ",
		" ## #  #",
		" ##  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1422(scale int) []string {
	rows := []string{
		" ##   ##",
		"  # ### ",
		"  # #  #",
		"# # # ##",
		"###     ",
		" #     #",
		"#### # #",
		"   # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1423(scale int) []string {
	rows := []string{
		" ##  ## ",
		"###  ###",
		"###### #",
		"##  ####",
		"      # ",
		" # # ###",
		"###     ",
		"# ## #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1424(scale int) []string {
	rows := []string{
		"###     ",
		"#  #  ##",
		"    ####",
		" #    ##",
		"   #  ##",
		" ##    #",
		"##   #  ",
		" ##   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1425(scale int) []string {
	rows := []string{
		"    #  #",
		"#   #  #",
		"  ##    ",
		"# #   # ",
		" ## # # ",
		" ##  ###",
		" ####  #",
		"  #     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1426(scale int) []string {
	rows := []string{
		"##  # # ",
		"# ###   ",
		" #    # ",
		" #   #  ",
		"  ###  #",
		"### ####",
		"   ###  ",
		"##   ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1427(scale int) []string {
	rows := []string{
		" ####  #",
		"##     #",
		"#  # # #",
		"   ##  #",
		"  #   # ",
		"  ### # ",
		"#  ### #",
		"    ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1428(scale int) []string {
	rows := []string{
		"   #### ",
		"### # ##",
		"###   ##",
		"### ### ",
		" ## ### ",
		" ##### #",
		"###### #",
		" ## ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1429(scale int) []string {
	rows := []string{
		" #  ##  ",
		" #  # ##",
		"    ### ",
		"  ## ###",
		"#    #  ",
		"### # ##",
		" # ## ##",
		"# ######",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1430(scale int) []string {
	rows := []string{
		"# ###  #",
		"## #    ",
		"#### ###",
		"###   # ",
		"  #   ##",
		"# # ####",
		"  ## ## ",
		"##  # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1431(scale int) []string {
	rows := []string{
		" #    # ",
		"# ### # ",
		"#  ###  ",
		"##    ##",
		"### # ##",
		"  ## # #",
		"#  ### #",
		"#    #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1432(scale int) []string {
	rows := []string{
		" #      ",
		"#  #  # ",
		"### ### ",
		"  #   ##",
		"#  # #  ",
		"#### # #",
		"#     ##",
		"###### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1433(scale int) []string {
	rows := []string{
		"  #  #  ",
		"   ##   ",
		"####### ",
		" # ##   ",
		" ####  #",
		"####    ",
		"##      ",
		" ##  ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1434(scale int) []string {
	rows := []string{
		" # #   #",
		"  ## ###",
		" # ##   ",
		"  # # # ",
		"###  ###",
		"##  #  #",
		"# ##  ##",
		" #####  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1435(scale int) []string {
	rows := []string{
		"### # ##",
		"   ## ##",
		"# ## #  ",
		" #     #",
		"     ## ",
		"# # #  #",
		"#### # #",
		"# ##  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1436(scale int) []string {
	rows := []string{
		" ## # # ",
		"#   #   ",
		"### # ##",
		" ##     ",
		" # ### #",
		"####  ##",
		"# ## # #",
		"#### ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1437(scale int) []string {
	rows := []string{
		"  # ## #",
		"##     #",
		" ##   # ",
		" # ### #",
		"  # # # ",
		" #  ## #",
		"##  #   ",
		" ##### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1438(scale int) []string {
	rows := []string{
		"######  ",
		"   #   #",
		"#   #   ",
		"#     ##",
		"##   ###",
		"# ##  ##",
		"# #### #",
		"#   # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1439(scale int) []string {
	rows := []string{
		"# #  #  ",
		"  ##    ",
		"  #     ",
		"   #  # ",
		"# #  # #",
		"#### ## ",
		"#  # #  ",
		"## #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1440(scale int) []string {
	rows := []string{
		" #  ## #",
		"# ## ## ",
		"#  # # #",
		" # # #  ",
		" #  #   ",
		"  ## #  ",
		"#  # #  ",
		"##### # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1441(scale int) []string {
	rows := []string{
		"   ## ##",
		"## ##   ",
		"  ###   ",
		"# ##   #",
		"###### #",
		" # # ###",
		"#   # ##",
		"  ###  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1442(scale int) []string {
	rows := []string{
		"# ####  ",
		" ## ####",
		"  #   # ",
		"  # #   ",
		" ##     ",
		"# ###  #",
		" # #   #",
		" ### ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1443(scale int) []string {
	rows := []string{
		"    # ##",
		"# ## ###",
		"#### #  ",
		"####   #",
		"  ##    ",
		"#### ## ",
		" ## #  #",
		"####    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1444(scale int) []string {
	rows := []string{
		"# # ##  ",
		"##  #   ",
		"     ## ",
		"###     ",
		"#### ## ",
		"## ##  #",
		"# # ####",
		"   ## # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1445(scale int) []string {
	rows := []string{
		"#  ## ##",
		"     ## ",
		"# ## ## ",
		" ##  ###",
		"        ",
		"   ## # ",
		"  # ##  ",
		"##  ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1446(scale int) []string {
	rows := []string{
		"## # ###",
		"#  # #  ",
		"# ######",
		"  # ##  ",
		"   #    ",
		"#    # #",
		" ## # # ",
		"## ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1447(scale int) []string {
	rows := []string{
		"# ######",
		"### ####",
		"# ### ##",
		"#   ### ",
		"# ####  ",
		"####   #",
		"# # #   ",
		"####    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1448(scale int) []string {
	rows := []string{
		" #  #   ",
		" # # # #",
		" ## ### ",
		" ##     ",
		"# ## #  ",
		" #  ####",
		"###  ## ",
		"    # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1449(scale int) []string {
	rows := []string{
		" ### ###",
		"    ##  ",
		"#    ###",
		"#   # # ",
		"#   ##  ",
		"# ## ## ",
		"    ## #",
		"# ## ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1450(scale int) []string {
	rows := []string{
		"## #### ",
		"     ###",
		"##   # #",
		"## #  # ",
		"#      #",
		"##  #   ",
		"  # #   ",
		"# ###   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1451(scale int) []string {
	rows := []string{
		"###    #",
		" #  ####",
		" ###    ",
		"# ##  ##",
		"## #  # ",
		"  ## ## ",
		"# ## ## ",
		"####    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1452(scale int) []string {
	rows := []string{
		"      # ",
		"##   # #",
		"  ### ##",
		"    ### ",
		" ## ####",
		" # #    ",
		"  # #   ",
		" # ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1453(scale int) []string {
	rows := []string{
		"#   ### ",
		"### ##  ",
		" # #### ",
		"#  # #  ",
		"###  # #",
		"  # # ##",
		" # #  ##",
		"#     ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1454(scale int) []string {
	rows := []string{
		" #####  ",
		"     ###",
		"   ##   ",
		"##  ### ",
		"####  ##",
		"##   ###",
		"### ### ",
		"    ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1455(scale int) []string {
	rows := []string{
		"   # ## ",
		"# #    #",
		"##  #   ",
		"   # ###",
		" #      ",
		" #  #  #",
		"  # # ##",
		"  ## # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1456(scale int) []string {
	rows := []string{
		"#  #### ",
		"#  # ###",
		"#  # # #",
		"#       ",
		"# ## # #",
		"# # ## #",
		" ## #  #",
		"##  ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1457(scale int) []string {
	rows := []string{
		"## #### ",
		" ## ##  ",
		"   # ###",
		"# ###   ",
		"#  ###  ",
		" ##   # ",
		"#  # # #",
		" # # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1458(scale int) []string {
	rows := []string{
		"# ###  #",
		"#  #    ",
		"# # ## #",
		" ###   #",
		"  # #   ",
		" #    ##",
		"# #### #",
		"    ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1459(scale int) []string {
	rows := []string{
		"##  ## #",
		" #######",
		" # #### ",
		"   #  # ",
		"####   #",
		"#   ### ",
		"  # ## #",
		"     # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1460(scale int) []string {
	rows := []string{
		"##  # # ",
		"  #### #",
		" #######",
		"# #  #  ",
		" # #    ",
		"     #  ",
		"#### ## ",
		"   ##   ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1461(scale int) []string {
	rows := []string{
		"  ## ###",
		"# ##  # ",
		"  ####  ",
		" # #    ",
		" ###### ",
		"#  ###  ",
		"        ",
		"# ##  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1462(scale int) []string {
	rows := []string{
		"  ##   #",
		"###   # ",
		" #  #   ",
		" ##     ",
		"  ## ## ",
		"  #   ##",
		"## ## # ",
		" # #  ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1463(scale int) []string {
	rows := []string{
		"#  #### ",
		" #  #  #",
		"##  # ##",
		"##   # #",
		"  #  ## ",
		" ## ##  ",
		"    ####",
		"#   #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1464(scale int) []string {
	rows := []string{
		"   #   #",
		"# # ## #",
		"  ### # ",
		"#####   ",
		"# ##   #",
		"   # ## ",
		"        ",
		"##  ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1465(scale int) []string {
	rows := []string{
		" #  ### ",
		" #  ####",
		"# #     ",
		" ###### ",
		"##  # ##",
		" # #  ##",
		" # #####",
		"   ### #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1466(scale int) []string {
	rows := []string{
		"##   #  ",
		"   #    ",
		" ### ## ",
		"##   # #",
		"#  ###  ",
		"  ##  ##",
		" # ##   ",
		"   # ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1467(scale int) []string {
	rows := []string{
		"# ##  ##",
		"  ### ##",
		" ## ## #",
		"   ## # ",
		"#     ##",
		"    #  #",
		" #   ###",
		"### ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1468(scale int) []string {
	rows := []string{
		" # # #  ",
		" #  ## #",
		" # ## ##",
		"#  # ###",
		"   #####",
		"#  #### ",
		"      # ",
		"#  # ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1469(scale int) []string {
	rows := []string{
		" # ## # ",
		" ###    ",
		"# ## ###",
		" ## ### ",
		"   ## # ",
		" # ##   ",
		"  #  ###",
		"#### #  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1470(scale int) []string {
	rows := []string{
		"# ####  ",
		" ##   ##",
		"# #  ###",
		"#  ## # ",
		"# # ### ",
		"##### ##",
		"#####  #",
		"# # ####",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1471(scale int) []string {
	rows := []string{
		"##  # ##",
		"  ### ##",
		"  ##    ",
		"## # ###",
		"    ### ",
		"       #",
		"# #   # ",
		"  # # ##",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1472(scale int) []string {
	rows := []string{
		"# ##    ",
		"######  ",
		"#  # ###",
		" ####  #",
		"  ##### ",
		"  # # ##",
		"  ##   #",
		" ##   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1473(scale int) []string {
	rows := []string{
		" #  # ##",
		"#    #  ",
		" ##  ###",
		"### ####",
		" ## ## #",
		"# # ## #",
		" #   # #",
		"### ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1474(scale int) []string {
	rows := []string{
		"###  #  ",
		"#  #  ##",
		" #   #  ",
		"  ## #  ",
		"##   ###",
		" ###   #",
		"## ##  #",
		" ## ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1475(scale int) []string {
	rows := []string{
		"#### #  ",
		"#  ##   ",
		"  #### #",
		"###### #",
		"      ##",
		"##  ####",
		"  # #  #",
		"#  #    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1476(scale int) []string {
	rows := []string{
		" #######",
		"#  #### ",
		"  ###  #",
		"## # ## ",
		"  # ####",
		" # #####",
		" # #   #",
		"## #   #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1477(scale int) []string {
	rows := []string{
		"  ######",
		"  ### # ",
		"  # ### ",
		"  ##   #",
		"   #####",
		"  #  ## ",
		"   # ###",
		"# # ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1478(scale int) []string {
	rows := []string{
		"  #  ## ",
		"#### #  ",
		"# ## ## ",
		"  ##  ##",
		" # #  ##",
		"   #    ",
		"# #### #",
		"# ## ###",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1479(scale int) []string {
	rows := []string{
		" #     #",
		"###  ## ",
		"   #  ##",
		"##  #   ",
		"  ### # ",
		"### #  #",
		"# # # # ",
		"  # # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1480(scale int) []string {
	rows := []string{
		"#   #   ",
		"## ## # ",
		" # #   #",
		"     ## ",
		"### ### ",
		"    # # ",
		"#     # ",
		"###  # #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1481(scale int) []string {
	rows := []string{
		"#####  #",
		" #   # #",
		"  ## # #",
		"  # ## #",
		"####  # ",
		"# ## # #",
		"      # ",
		"  ######",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1482(scale int) []string {
	rows := []string{
		"#      #",
		"#  #   #",
		" #    # ",
		"# ## #  ",
		"     # #",
		"# ## # #",
		"## #####",
		" #  ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1483(scale int) []string {
	rows := []string{
		"#### #  ",
		" # #   #",
		"#  ## # ",
		" #### ##",
		"  ### ##",
		"     ## ",
		" ###   #",
		"    # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1484(scale int) []string {
	rows := []string{
		"####### ",
		"## ### #",
		"## ###  ",
		" #   ###",
		"###  ###",
		"##    # ",
		" #  # ##",
		" #     #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1485(scale int) []string {
	rows := []string{
		"# #### #",
		"   ## # ",
		" #  # # ",
		" #### # ",
		"#   ### ",
		"##  # # ",
		"## ## ##",
		"    ### ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1486(scale int) []string {
	rows := []string{
		"##  #   ",
		" #  ## #",
		" ## ## #",
		"#  #####",
		" ## ##  ",
		"  #  ###",
		"#  #    ",
		" #   ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1487(scale int) []string {
	rows := []string{
		" #  #   ",
		" ## ### ",
		"# # ### ",
		"#### # #",
		"  ###  #",
		"### ### ",
		"#   #   ",
		"# #    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1488(scale int) []string {
	rows := []string{
		"##  ##  ",
		" #   # #",
		" ## #   ",
		"# ##  ##",
		"# # ## #",
		"#   ####",
		"##  #   ",
		"   #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1489(scale int) []string {
	rows := []string{
		" # ## ##",
		" ## ##  ",
		"  # #   ",
		" ###  ##",
		"##### # ",
		"### ## #",
		" ##   ##",
		"# #   # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1490(scale int) []string {
	rows := []string{
		"# # ####",
		"# ######",
		"### # # ",
		"## #    ",
		"#  #   #",
		"##  # # ",
		"######  ",
		"##   ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1491(scale int) []string {
	rows := []string{
		"  #  ###",
		"  # # # ",
		"    ## #",
		" # # # #",
		"###     ",
		"      ##",
		"# #  #  ",
		" ###    ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1492(scale int) []string {
	rows := []string{
		" ##### #",
		"# # #   ",
		" ###  ##",
		"# #  ###",
		"  ### ##",
		"## #  ##",
		"# #  ###",
		"##  # # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1493(scale int) []string {
	rows := []string{
		" # #### ",
		"#####  #",
		" # ### #",
		"# #   ##",
		" ##  ###",
		"#  #  ##",
		"  ## ## ",
		"## #  # ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1494(scale int) []string {
	rows := []string{
		"#  ###  ",
		"# ####  ",
		"#   #   ",
		"# #  # #",
		"##  #   ",
		"# # ##  ",
		"     ## ",
		"  #     ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1495(scale int) []string {
	rows := []string{
		"# #### #",
		"    ##  ",
		" #######",
		"# ####  ",
		"     # #",
		"  ###   ",
		"## # ###",
		"#   #  #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1496(scale int) []string {
	rows := []string{
		"#####   ",
		"   # ###",
		"### ## #",
		"## #  ##",
		"#  ##   ",
		"   # ###",
		"  ####  ",
		" ##    #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1497(scale int) []string {
	rows := []string{
		"  # ##  ",
		"    #   ",
		" #  #   ",
		"####  # ",
		" ##  ## ",
		" ##    #",
		"     ###",
		"#### ## ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1498(scale int) []string {
	rows := []string{
		"   ##  #",
		"# ####  ",
		"#### #  ",
		" #  ### ",
		"# # # ##",
		"##     #",
		" ## ##  ",
		"    ## #",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

func glyph1499(scale int) []string {
	rows := []string{
		"  #  ###",
		"  ## # #",
		"  ######",
		"# ### ##",
		"## #####",
		"#  ## # ",
		"# #    #",
		"#   ##  ",
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		line := ""
		for _, c := range r {
			for k := 0; k < scale; k++ {
				line += string(c)
			}
		}
		for k := 0; k < scale; k++ {
			out = append(out, line)
		}
	}
	return out
}

var glyphs = []func(int) []string{
	glyph0,
	glyph1,
	glyph2,
	glyph3,
	glyph4,
	glyph5,
	glyph6,
	glyph7,
	glyph8,
	glyph9,
	glyph10,
	glyph11,
	glyph12,
	glyph13,
	glyph14,
	glyph15,
	glyph16,
	glyph17,
	glyph18,
	glyph19,
	glyph20,
	glyph21,
	glyph22,
	glyph23,
	glyph24,
	glyph25,
	glyph26,
	glyph27,
	glyph28,
	glyph29,
	glyph30,
	glyph31,
	glyph32,
	glyph33,
	glyph34,
	glyph35,
	glyph36,
	glyph37,
	glyph38,
	glyph39,
	glyph40,
	glyph41,
	glyph42,
	glyph43,
	glyph44,
	glyph45,
	glyph46,
	glyph47,
	glyph48,
	glyph49,
	glyph50,
	glyph51,
	glyph52,
	glyph53,
	glyph54,
	glyph55,
	glyph56,
	glyph57,
	glyph58,
	glyph59,
	glyph60,
	glyph61,
	glyph62,
	glyph63,
	glyph64,
	glyph65,
	glyph66,
	glyph67,
	glyph68,
	glyph69,
	glyph70,
	glyph71,
	glyph72,
	glyph73,
	glyph74,
	glyph75,
	glyph76,
	glyph77,
	glyph78,
	glyph79,
	glyph80,
	glyph81,
	glyph82,
	glyph83,
	glyph84,
	glyph85,
	glyph86,
	glyph87,
	glyph88,
	glyph89,
	glyph90,
	glyph91,
	glyph92,
	glyph93,
	glyph94,
	glyph95,
	glyph96,
	glyph97,
	glyph98,
	glyph99,
	glyph100,
	glyph101,
	glyph102,
	glyph103,
	glyph104,
	glyph105,
	glyph106,
	glyph107,
	glyph108,
	glyph109,
	glyph110,
	glyph111,
	glyph112,
	glyph113,
	glyph114,
	glyph115,
	glyph116,
	glyph117,
	glyph118,
	glyph119,
	glyph120,
	glyph121,
	glyph122,
	glyph123,
	glyph124,
	glyph125,
	glyph126,
	glyph127,
	glyph128,
	glyph129,
	glyph130,
	glyph131,
	glyph132,
	glyph133,
	glyph134,
	glyph135,
	glyph136,
	glyph137,
	glyph138,
	glyph139,
	glyph140,
	glyph141,
	glyph142,
	glyph143,
	glyph144,
	glyph145,
	glyph146,
	glyph147,
	glyph148,
	glyph149,
	glyph150,
	glyph151,
	glyph152,
	glyph153,
	glyph154,
	glyph155,
	glyph156,
	glyph157,
	glyph158,
	glyph159,
	glyph160,
	glyph161,
	glyph162,
	glyph163,
	glyph164,
	glyph165,
	glyph166,
	glyph167,
	glyph168,
	glyph169,
	glyph170,
	glyph171,
	glyph172,
	glyph173,
	glyph174,
	glyph175,
	glyph176,
	glyph177,
	glyph178,
	glyph179,
	glyph180,
	glyph181,
	glyph182,
	glyph183,
	glyph184,
	glyph185,
	glyph186,
	glyph187,
	glyph188,
	glyph189,
	glyph190,
	glyph191,
	glyph192,
	glyph193,
	glyph194,
	glyph195,
	glyph196,
	glyph197,
	glyph198,
	glyph199,
	glyph200,
	glyph201,
	glyph202,
	glyph203,
	glyph204,
	glyph205,
	glyph206,
	glyph207,
	glyph208,
	glyph209,
	glyph210,
	glyph211,
	glyph212,
	glyph213,
	glyph214,
	glyph215,
	glyph216,
	glyph217,
	glyph218,
	glyph219,
	glyph220,
	glyph221,
	glyph222,
	glyph223,
	glyph224,
	glyph225,
	glyph226,
	glyph227,
	glyph228,
	glyph229,
	glyph230,
	glyph231,
	glyph232,
	glyph233,
	glyph234,
	glyph235,
	glyph236,
	glyph237,
	glyph238,
	glyph239,
	glyph240,
	glyph241,
	glyph242,
	glyph243,
	glyph244,
	glyph245,
	glyph246,
	glyph247,
	glyph248,
	glyph249,
	glyph250,
	glyph251,
	glyph252,
	glyph253,
	glyph254,
	glyph255,
	glyph256,
	glyph257,
	glyph258,
	glyph259,
	glyph260,
	glyph261,
	glyph262,
	glyph263,
	glyph264,
	glyph265,
	glyph266,
	glyph267,
	glyph268,
	glyph269,
	glyph270,
	glyph271,
	glyph272,
	glyph273,
	glyph274,
	glyph275,
	glyph276,
	glyph277,
	glyph278,
	glyph279,
	glyph280,
	glyph281,
	glyph282,
	glyph283,
	glyph284,
	glyph285,
	glyph286,
	glyph287,
	glyph288,
	glyph289,
	glyph290,
	glyph291,
	glyph292,
	glyph293,
	glyph294,
	glyph295,
	glyph296,
	glyph297,
	glyph298,
	glyph299,
	glyph300,
	glyph301,
	glyph302,
	glyph303,
	glyph304,
	glyph305,
	glyph306,
	glyph307,
	glyph308,
	glyph309,
	glyph310,
	glyph311,
	glyph312,
	glyph313,
	glyph314,
	glyph315,
	glyph316,
	glyph317,
	glyph318,
	glyph319,
	glyph320,
	glyph321,
	glyph322,
	glyph323,
	glyph324,
	glyph325,
	glyph326,
	glyph327,
	glyph328,
	glyph329,
	glyph330,
	glyph331,
	glyph332,
	glyph333,
	glyph334,
	glyph335,
	glyph336,
	glyph337,
	glyph338,
	glyph339,
	glyph340,
	glyph341,
	glyph342,
	glyph343,
	glyph344,
	glyph345,
	glyph346,
	glyph347,
	glyph348,
	glyph349,
	glyph350,
	glyph351,
	glyph352,
	glyph353,
	glyph354,
	glyph355,
	glyph356,
	glyph357,
	glyph358,
	glyph359,
	glyph360,
	glyph361,
	glyph362,
	glyph363,
	glyph364,
	glyph365,
	glyph366,
	glyph367,
	glyph368,
	glyph369,
	glyph370,
	glyph371,
	glyph372,
	glyph373,
	glyph374,
	glyph375,
	glyph376,
	glyph377,
	glyph378,
	glyph379,
	glyph380,
	glyph381,
	glyph382,
	glyph383,
	glyph384,
	glyph385,
	glyph386,
	glyph387,
	glyph388,
	glyph389,
	glyph390,
	glyph391,
	glyph392,
	glyph393,
	glyph394,
	glyph395,
	glyph396,
	glyph397,
	glyph398,
	glyph399,
	glyph400,
	glyph401,
	glyph402,
	glyph403,
	glyph404,
	glyph405,
	glyph406,
	glyph407,
	glyph408,
	glyph409,
	glyph410,
	glyph411,
	glyph412,
	glyph413,
	glyph414,
	glyph415,
	glyph416,
	glyph417,
	glyph418,
	glyph419,
	glyph420,
	glyph421,
	glyph422,
	glyph423,
	glyph424,
	glyph425,
	glyph426,
	glyph427,
	glyph428,
	glyph429,
	glyph430,
	glyph431,
	glyph432,
	glyph433,
	glyph434,
	glyph435,
	glyph436,
	glyph437,
	glyph438,
	glyph439,
	glyph440,
	glyph441,
	glyph442,
	glyph443,
	glyph444,
	glyph445,
	glyph446,
	glyph447,
	glyph448,
	glyph449,
	glyph450,
	glyph451,
	glyph452,
	glyph453,
	glyph454,
	glyph455,
	glyph456,
	glyph457,
	glyph458,
	glyph459,
	glyph460,
	glyph461,
	glyph462,
	glyph463,
	glyph464,
	glyph465,
	glyph466,
	glyph467,
	glyph468,
	glyph469,
	glyph470,
	glyph471,
	glyph472,
	glyph473,
	glyph474,
	glyph475,
	glyph476,
	glyph477,
	glyph478,
	glyph479,
	glyph480,
	glyph481,
	glyph482,
	glyph483,
	glyph484,
	glyph485,
	glyph486,
	glyph487,
	glyph488,
	glyph489,
	glyph490,
	glyph491,
	glyph492,
	glyph493,
	glyph494,
	glyph495,
	glyph496,
	glyph497,
	glyph498,
	glyph499,
	glyph500,
	glyph501,
	glyph502,
	glyph503,
	glyph504,
	glyph505,
	glyph506,
	glyph507,
	glyph508,
	glyph509,
	glyph510,
	glyph511,
	glyph512,
	glyph513,
	glyph514,
	glyph515,
	glyph516,
	glyph517,
	glyph518,
	glyph519,
	glyph520,
	glyph521,
	glyph522,
	glyph523,
	glyph524,
	glyph525,
	glyph526,
	glyph527,
	glyph528,
	glyph529,
	glyph530,
	glyph531,
	glyph532,
	glyph533,
	glyph534,
	glyph535,
	glyph536,
	glyph537,
	glyph538,
	glyph539,
	glyph540,
	glyph541,
	glyph542,
	glyph543,
	glyph544,
	glyph545,
	glyph546,
	glyph547,
	glyph548,
	glyph549,
	glyph550,
	glyph551,
	glyph552,
	glyph553,
	glyph554,
	glyph555,
	glyph556,
	glyph557,
	glyph558,
	glyph559,
	glyph560,
	glyph561,
	glyph562,
	glyph563,
	glyph564,
	glyph565,
	glyph566,
	glyph567,
	glyph568,
	glyph569,
	glyph570,
	glyph571,
	glyph572,
	glyph573,
	glyph574,
	glyph575,
	glyph576,
	glyph577,
	glyph578,
	glyph579,
	glyph580,
	glyph581,
	glyph582,
	glyph583,
	glyph584,
	glyph585,
	glyph586,
	glyph587,
	glyph588,
	glyph589,
	glyph590,
	glyph591,
	glyph592,
	glyph593,
	glyph594,
	glyph595,
	glyph596,
	glyph597,
	glyph598,
	glyph599,
	glyph600,
	glyph601,
	glyph602,
	glyph603,
	glyph604,
	glyph605,
	glyph606,
	glyph607,
	glyph608,
	glyph609,
	glyph610,
	glyph611,
	glyph612,
	glyph613,
	glyph614,
	glyph615,
	glyph616,
	glyph617,
	glyph618,
	glyph619,
	glyph620,
	glyph621,
	glyph622,
	glyph623,
	glyph624,
	glyph625,
	glyph626,
	glyph627,
	glyph628,
	glyph629,
	glyph630,
	glyph631,
	glyph632,
	glyph633,
	glyph634,
	glyph635,
	glyph636,
	glyph637,
	glyph638,
	glyph639,
	glyph640,
	glyph641,
	glyph642,
	glyph643,
	glyph644,
	glyph645,
	glyph646,
	glyph647,
	glyph648,
	glyph649,
	glyph650,
	glyph651,
	glyph652,
	glyph653,
	glyph654,
	glyph655,
	glyph656,
	glyph657,
	glyph658,
	glyph659,
	glyph660,
	glyph661,
	glyph662,
	glyph663,
	glyph664,
	glyph665,
	glyph666,
	glyph667,
	glyph668,
	glyph669,
	glyph670,
	glyph671,
	glyph672,
	glyph673,
	glyph674,
	glyph675,
	glyph676,
	glyph677,
	glyph678,
	glyph679,
	glyph680,
	glyph681,
	glyph682,
	glyph683,
	glyph684,
	glyph685,
	glyph686,
	glyph687,
	glyph688,
	glyph689,
	glyph690,
	glyph691,
	glyph692,
	glyph693,
	glyph694,
	glyph695,
	glyph696,
	glyph697,
	glyph698,
	glyph699,
	glyph700,
	glyph701,
	glyph702,
	glyph703,
	glyph704,
	glyph705,
	glyph706,
	glyph707,
	glyph708,
	glyph709,
	glyph710,
	glyph711,
	glyph712,
	glyph713,
	glyph714,
	glyph715,
	glyph716,
	glyph717,
	glyph718,
	glyph719,
	glyph720,
	glyph721,
	glyph722,
	glyph723,
	glyph724,
	glyph725,
	glyph726,
	glyph727,
	glyph728,
	glyph729,
	glyph730,
	glyph731,
	glyph732,
	glyph733,
	glyph734,
	glyph735,
	glyph736,
	glyph737,
	glyph738,
	glyph739,
	glyph740,
	glyph741,
	glyph742,
	glyph743,
	glyph744,
	glyph745,
	glyph746,
	glyph747,
	glyph748,
	glyph749,
	glyph750,
	glyph751,
	glyph752,
	glyph753,
	glyph754,
	glyph755,
	glyph756,
	glyph757,
	glyph758,
	glyph759,
	glyph760,
	glyph761,
	glyph762,
	glyph763,
	glyph764,
	glyph765,
	glyph766,
	glyph767,
	glyph768,
	glyph769,
	glyph770,
	glyph771,
	glyph772,
	glyph773,
	glyph774,
	glyph775,
	glyph776,
	glyph777,
	glyph778,
	glyph779,
	glyph780,
	glyph781,
	glyph782,
	glyph783,
	glyph784,
	glyph785,
	glyph786,
	glyph787,
	glyph788,
	glyph789,
	glyph790,
	glyph791,
	glyph792,
	glyph793,
	glyph794,
	glyph795,
	glyph796,
	glyph797,
	glyph798,
	glyph799,
	glyph800,
	glyph801,
	glyph802,
	glyph803,
	glyph804,
	glyph805,
	glyph806,
	glyph807,
	glyph808,
	glyph809,
	glyph810,
	glyph811,
	glyph812,
	glyph813,
	glyph814,
	glyph815,
	glyph816,
	glyph817,
	glyph818,
	glyph819,
	glyph820,
	glyph821,
	glyph822,
	glyph823,
	glyph824,
	glyph825,
	glyph826,
	glyph827,
	glyph828,
	glyph829,
	glyph830,
	glyph831,
	glyph832,
	glyph833,
	glyph834,
	glyph835,
	glyph836,
	glyph837,
	glyph838,
	glyph839,
	glyph840,
	glyph841,
	glyph842,
	glyph843,
	glyph844,
	glyph845,
	glyph846,
	glyph847,
	glyph848,
	glyph849,
	glyph850,
	glyph851,
	glyph852,
	glyph853,
	glyph854,
	glyph855,
	glyph856,
	glyph857,
	glyph858,
	glyph859,
	glyph860,
	glyph861,
	glyph862,
	glyph863,
	glyph864,
	glyph865,
	glyph866,
	glyph867,
	glyph868,
	glyph869,
	glyph870,
	glyph871,
	glyph872,
	glyph873,
	glyph874,
	glyph875,
	glyph876,
	glyph877,
	glyph878,
	glyph879,
	glyph880,
	glyph881,
	glyph882,
	glyph883,
	glyph884,
	glyph885,
	glyph886,
	glyph887,
	glyph888,
	glyph889,
	glyph890,
	glyph891,
	glyph892,
	glyph893,
	glyph894,
	glyph895,
	glyph896,
	glyph897,
	glyph898,
	glyph899,
	glyph900,
	glyph901,
	glyph902,
	glyph903,
	glyph904,
	glyph905,
	glyph906,
	glyph907,
	glyph908,
	glyph909,
	glyph910,
	glyph911,
	glyph912,
	glyph913,
	glyph914,
	glyph915,
	glyph916,
	glyph917,
	glyph918,
	glyph919,
	glyph920,
	glyph921,
	glyph922,
	glyph923,
	glyph924,
	glyph925,
	glyph926,
	glyph927,
	glyph928,
	glyph929,
	glyph930,
	glyph931,
	glyph932,
	glyph933,
	glyph934,
	glyph935,
	glyph936,
	glyph937,
	glyph938,
	glyph939,
	glyph940,
	glyph941,
	glyph942,
	glyph943,
	glyph944,
	glyph945,
	glyph946,
	glyph947,
	glyph948,
	glyph949,
	glyph950,
	glyph951,
	glyph952,
	glyph953,
	glyph954,
	glyph955,
	glyph956,
	glyph957,
	glyph958,
	glyph959,
	glyph960,
	glyph961,
	glyph962,
	glyph963,
	glyph964,
	glyph965,
	glyph966,
	glyph967,
	glyph968,
	glyph969,
	glyph970,
	glyph971,
	glyph972,
	glyph973,
	glyph974,
	glyph975,
	glyph976,
	glyph977,
	glyph978,
	glyph979,
	glyph980,
	glyph981,
	glyph982,
	glyph983,
	glyph984,
	glyph985,
	glyph986,
	glyph987,
	glyph988,
	glyph989,
	glyph990,
	glyph991,
	glyph992,
	glyph993,
	glyph994,
	glyph995,
	glyph996,
	glyph997,
	glyph998,
	glyph999,
	glyph1000,
	glyph1001,
	glyph1002,
	glyph1003,
	glyph1004,
	glyph1005,
	glyph1006,
	glyph1007,
	glyph1008,
	glyph1009,
	glyph1010,
	glyph1011,
	glyph1012,
	glyph1013,
	glyph1014,
	glyph1015,
	glyph1016,
	glyph1017,
	glyph1018,
	glyph1019,
	glyph1020,
	glyph1021,
	glyph1022,
	glyph1023,
	glyph1024,
	glyph1025,
	glyph1026,
	glyph1027,
	glyph1028,
	glyph1029,
	glyph1030,
	glyph1031,
	glyph1032,
	glyph1033,
	glyph1034,
	glyph1035,
	glyph1036,
	glyph1037,
	glyph1038,
	glyph1039,
	glyph1040,
	glyph1041,
	glyph1042,
	glyph1043,
	glyph1044,
	glyph1045,
	glyph1046,
	glyph1047,
	glyph1048,
	glyph1049,
	glyph1050,
	glyph1051,
	glyph1052,
	glyph1053,
	glyph1054,
	glyph1055,
	glyph1056,
	glyph1057,
	glyph1058,
	glyph1059,
	glyph1060,
	glyph1061,
	glyph1062,
	glyph1063,
	glyph1064,
	glyph1065,
	glyph1066,
	glyph1067,
	glyph1068,
	glyph1069,
	glyph1070,
	glyph1071,
	glyph1072,
	glyph1073,
	glyph1074,
	glyph1075,
	glyph1076,
	glyph1077,
	glyph1078,
	glyph1079,
	glyph1080,
	glyph1081,
	glyph1082,
	glyph1083,
	glyph1084,
	glyph1085,
	glyph1086,
	glyph1087,
	glyph1088,
	glyph1089,
	glyph1090,
	glyph1091,
	glyph1092,
	glyph1093,
	glyph1094,
	glyph1095,
	glyph1096,
	glyph1097,
	glyph1098,
	glyph1099,
	glyph1100,
	glyph1101,
	glyph1102,
	glyph1103,
	glyph1104,
	glyph1105,
	glyph1106,
	glyph1107,
	glyph1108,
	glyph1109,
	glyph1110,
	glyph1111,
	glyph1112,
	glyph1113,
	glyph1114,
	glyph1115,
	glyph1116,
	glyph1117,
	glyph1118,
	glyph1119,
	glyph1120,
	glyph1121,
	glyph1122,
	glyph1123,
	glyph1124,
	glyph1125,
	glyph1126,
	glyph1127,
	glyph1128,
	glyph1129,
	glyph1130,
	glyph1131,
	glyph1132,
	glyph1133,
	glyph1134,
	glyph1135,
	glyph1136,
	glyph1137,
	glyph1138,
	glyph1139,
	glyph1140,
	glyph1141,
	glyph1142,
	glyph1143,
	glyph1144,
	glyph1145,
	glyph1146,
	glyph1147,
	glyph1148,
	glyph1149,
	glyph1150,
	glyph1151,
	glyph1152,
	glyph1153,
	glyph1154,
	glyph1155,
	glyph1156,
	glyph1157,
	glyph1158,
	glyph1159,
	glyph1160,
	glyph1161,
	glyph1162,
	glyph1163,
	glyph1164,
	glyph1165,
	glyph1166,
	glyph1167,
	glyph1168,
	glyph1169,
	glyph1170,
	glyph1171,
	glyph1172,
	glyph1173,
	glyph1174,
	glyph1175,
	glyph1176,
	glyph1177,
	glyph1178,
	glyph1179,
	glyph1180,
	glyph1181,
	glyph1182,
	glyph1183,
	glyph1184,
	glyph1185,
	glyph1186,
	glyph1187,
	glyph1188,
	glyph1189,
	glyph1190,
	glyph1191,
	glyph1192,
	glyph1193,
	glyph1194,
	glyph1195,
	glyph1196,
	glyph1197,
	glyph1198,
	glyph1199,
	glyph1200,
	glyph1201,
	glyph1202,
	glyph1203,
	glyph1204,
	glyph1205,
	glyph1206,
	glyph1207,
	glyph1208,
	glyph1209,
	glyph1210,
	glyph1211,
	glyph1212,
	glyph1213,
	glyph1214,
	glyph1215,
	glyph1216,
	glyph1217,
	glyph1218,
	glyph1219,
	glyph1220,
	glyph1221,
	glyph1222,
	glyph1223,
	glyph1224,
	glyph1225,
	glyph1226,
	glyph1227,
	glyph1228,
	glyph1229,
	glyph1230,
	glyph1231,
	glyph1232,
	glyph1233,
	glyph1234,
	glyph1235,
	glyph1236,
	glyph1237,
	glyph1238,
	glyph1239,
	glyph1240,
	glyph1241,
	glyph1242,
	glyph1243,
	glyph1244,
	glyph1245,
	glyph1246,
	glyph1247,
	glyph1248,
	glyph1249,
	glyph1250,
	glyph1251,
	glyph1252,
	glyph1253,
	glyph1254,
	glyph1255,
	glyph1256,
	glyph1257,
	glyph1258,
	glyph1259,
	glyph1260,
	glyph1261,
	glyph1262,
	glyph1263,
	glyph1264,
	glyph1265,
	glyph1266,
	glyph1267,
	glyph1268,
	glyph1269,
	glyph1270,
	glyph1271,
	glyph1272,
	glyph1273,
	glyph1274,
	glyph1275,
	glyph1276,
	glyph1277,
	glyph1278,
	glyph1279,
	glyph1280,
	glyph1281,
	glyph1282,
	glyph1283,
	glyph1284,
	glyph1285,
	glyph1286,
	glyph1287,
	glyph1288,
	glyph1289,
	glyph1290,
	glyph1291,
	glyph1292,
	glyph1293,
	glyph1294,
	glyph1295,
	glyph1296,
	glyph1297,
	glyph1298,
	glyph1299,
	glyph1300,
	glyph1301,
	glyph1302,
	glyph1303,
	glyph1304,
	glyph1305,
	glyph1306,
	glyph1307,
	glyph1308,
	glyph1309,
	glyph1310,
	glyph1311,
	glyph1312,
	glyph1313,
	glyph1314,
	glyph1315,
	glyph1316,
	glyph1317,
	glyph1318,
	glyph1319,
	glyph1320,
	glyph1321,
	glyph1322,
	glyph1323,
	glyph1324,
	glyph1325,
	glyph1326,
	glyph1327,
	glyph1328,
	glyph1329,
	glyph1330,
	glyph1331,
	glyph1332,
	glyph1333,
	glyph1334,
	glyph1335,
	glyph1336,
	glyph1337,
	glyph1338,
	glyph1339,
	glyph1340,
	glyph1341,
	glyph1342,
	glyph1343,
	glyph1344,
	glyph1345,
	glyph1346,
	glyph1347,
	glyph1348,
	glyph1349,
	glyph1350,
	glyph1351,
	glyph1352,
	glyph1353,
	glyph1354,
	glyph1355,
	glyph1356,
	glyph1357,
	glyph1358,
	glyph1359,
	glyph1360,
	glyph1361,
	glyph1362,
	glyph1363,
	glyph1364,
	glyph1365,
	glyph1366,
	glyph1367,
	glyph1368,
	glyph1369,
	glyph1370,
	glyph1371,
	glyph1372,
	glyph1373,
	glyph1374,
	glyph1375,
	glyph1376,
	glyph1377,
	glyph1378,
	glyph1379,
	glyph1380,
	glyph1381,
	glyph1382,
	glyph1383,
	glyph1384,
	glyph1385,
	glyph1386,
	glyph1387,
	glyph1388,
	glyph1389,
	glyph1390,
	glyph1391,
	glyph1392,
	glyph1393,
	glyph1394,
	glyph1395,
	glyph1396,
	glyph1397,
	glyph1398,
	glyph1399,
	glyph1400,
	glyph1401,
	glyph1402,
	glyph1403,
	glyph1404,
	glyph1405,
	glyph1406,
	glyph1407,
	glyph1408,
	glyph1409,
	glyph1410,
	glyph1411,
	glyph1412,
	glyph1413,
	glyph1414,
	glyph1415,
	glyph1416,
	glyph1417,
	glyph1418,
	glyph1419,
	glyph1420,
	glyph1421,
	glyph1422,
	glyph1423,
	glyph1424,
	glyph1425,
	glyph1426,
	glyph1427,
	glyph1428,
	glyph1429,
	glyph1430,
	glyph1431,
	glyph1432,
	glyph1433,
	glyph1434,
	glyph1435,
	glyph1436,
	glyph1437,
	glyph1438,
	glyph1439,
	glyph1440,
	glyph1441,
	glyph1442,
	glyph1443,
	glyph1444,
	glyph1445,
	glyph1446,
	glyph1447,
	glyph1448,
	glyph1449,
	glyph1450,
	glyph1451,
	glyph1452,
	glyph1453,
	glyph1454,
	glyph1455,
	glyph1456,
	glyph1457,
	glyph1458,
	glyph1459,
	glyph1460,
	glyph1461,
	glyph1462,
	glyph1463,
	glyph1464,
	glyph1465,
	glyph1466,
	glyph1467,
	glyph1468,
	glyph1469,
	glyph1470,
	glyph1471,
	glyph1472,
	glyph1473,
	glyph1474,
	glyph1475,
	glyph1476,
	glyph1477,
	glyph1478,
	glyph1479,
	glyph1480,
	glyph1481,
	glyph1482,
	glyph1483,
	glyph1484,
	glyph1485,
	glyph1486,
	glyph1487,
	glyph1488,
	glyph1489,
	glyph1490,
	glyph1491,
	glyph1492,
	glyph1493,
	glyph1494,
	glyph1495,
	glyph1496,
	glyph1497,
	glyph1498,
	glyph1499,
}
