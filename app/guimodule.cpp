// The desktop application as a module that posthog-console loads only when
// it opens a window: the commands then start without the GUI libraries
// (Qt Widgets, Gui, Charts, OpenGL, X11), which would otherwise be mapped
// and relocated on every run.
#include "guimodule.h"

#include "shell/application.h"

extern "C" __attribute__((visibility("default"))) int PHC_GUI_ENTRY(int argc, char *argv[])
{
    return phc::runGui(argc, argv);
}
