import Foundation
import HiwarModel

extension CountryCatalog {
    /// The alpha-3 code of the state a person named on the command line: by its alpha-3 or alpha-2
    /// code or its English name or variant, case-insensitively.
    func alpha3(for name: String) -> String? {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        return countries.first { country in
            country.alpha3.lowercased() == key || country.alpha2.lowercased() == key
                || country.nameEnglish.lowercased() == key || country.variantsEnglish.contains { $0.lowercased() == key }
        }?.alpha3
    }
}
