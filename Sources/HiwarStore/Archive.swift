import CSQLite
import HiwarModel
import HiwarMigrations
