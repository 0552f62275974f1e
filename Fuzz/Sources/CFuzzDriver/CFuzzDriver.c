// The declaration in include/CFuzzDriver.h is all this module offers.
#include "CFuzzDriver.h"
