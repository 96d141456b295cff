/* What the toggle module imports from "env" (see common/wmb_imports.h). */
#define WMB_IMPORTS(X) X(gpio_toggle, wmb_host_gpio_toggle)
