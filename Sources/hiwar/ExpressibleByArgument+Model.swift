import ArgumentParser
import HiwarModel

extension EventType: ExpressibleByArgument {}

extension EventStatus: ExpressibleByArgument {}

extension PartialDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
