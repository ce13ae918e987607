#pragma once

// The GUI module's file name and its one exported function, int (int argc, char *argv[]).
#define PHC_GUI_MODULE_NAME "posthog-console-gui.so"
#define PHC_GUI_ENTRY phc_run_gui
#define PHC_STRINGIFY_(x) #x
#define PHC_STRINGIFY(x) PHC_STRINGIFY_(x)
