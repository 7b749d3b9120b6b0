/// Where JSON strings and decimal numbers are appended: an array, or a renderer's ``ByteBuffer``.
protocol ByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension [UInt8]: ByteSink {}

extension ByteBuffer: ByteSink {}

extension ByteSink {
    /// Appends `number` in decimal digits, as `String(number)` writes it: the digits are made in a
    /// buffer on the stack and appended at once (digit by digit into an array and reversed there,
    /// they cost 300 instructions a number, 3 200 an event in a CSV export).
    mutating func append(decimal number: Int64) {
        // An Int64's magnitude has at most 19 digits.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var first = digits.count, magnitude = number.magnitude
            repeat {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if number < 0 { append(UInt8(ascii: "-")) }
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[first...]))
        }
    }
}
