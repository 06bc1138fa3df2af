/// A plain aligned text table for the route commands.
struct RouteTable {
    var headers: [String]
    var rows: [[String]] = []

    /// The table: columns padded to the widest cell, two spaces apart, no trailing spaces.
    func rendered() -> String {
        let widths = headers.indices.map { index in
            rows.reduce(headers[index].count) { max($0, $1[index].count) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                text += cell
                if index < cells.count - 1 { text += String(repeating: " ", count: widths[index] - cell.count + 2) }
            }
            return text
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
