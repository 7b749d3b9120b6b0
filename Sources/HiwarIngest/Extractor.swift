import HiwarModel
