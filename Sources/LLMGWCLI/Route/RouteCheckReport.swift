import Foundation
import LLMGWCore

/// The outputs of `route check`: table, JSON and JUnit XML.
enum RouteCheckReport {
    static func status(_ result: ProbeResult, optional: Set<String>) -> String {
        result.healthy ? "ok" : (optional.contains(result.target) ? "fail (allowed)" : "FAIL")
    }

    static func table(_ results: [ProbeResult], optional: Set<String>) -> String {
        var table = RouteTable(headers: ["TARGET", "STATUS", "LISTED", "LATENCY", "DETAIL"])
        for result in results {
            table.rows.append([
                result.target, status(result, optional: optional), listed(result),
                String(format: "%.0f ms", result.latency.milliseconds), detail(result),
            ])
        }
        return table.rendered()
    }

    /// The LISTED cell: `yes`, `NO`, or `-` when the provider's list was not read.
    static func listed(_ result: ProbeResult) -> String {
        result.listed.map { $0 ? "yes" : "NO" } ?? "-"
    }

    /// Both steps in words: the list check when it says something, then the completion.
    static func detail(_ result: ProbeResult) -> String {
        let completion = "completion: \(result.message)"
        var text = result.listed == true ? completion : "list: \(result.listMessage); \(completion)"
        if let errorClass = result.errorClass { text = "\(errorClass): " + text }
        return text
    }

    static func json(_ results: [ProbeResult], optional: Set<String>, healthy: Bool) -> JSONValue {
        .object([
            "schema": "llmgw.route-check/1",
            "healthy": .bool(healthy),
            "targets": .array(
                results.map { result in
                    .object([
                        "target": .string(result.target), "healthy": .bool(result.healthy),
                        "required": .bool(!optional.contains(result.target)),
                        "latency_ms": .number((result.latency.milliseconds * 10).rounded() / 10),
                        "error_class": result.errorClass.map(JSONValue.string) ?? .null,
                        "message": .string(result.message),
                        "listed": result.listed.map(JSONValue.bool) ?? .null,
                        "list_message": .string(result.listMessage),
                    ])
                }),
        ])
    }

    static func junit(_ results: [ProbeResult], optional: Set<String>, elapsed: Duration) -> String {
        let failures = results.filter { !$0.healthy && !optional.contains($0.target) }.count
        let skipped = results.filter { !$0.healthy && optional.contains($0.target) }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml +=
            "<testsuites name=\"llmgw route check\" tests=\"\(results.count)\" failures=\"\(failures)\" "
            + "errors=\"0\" time=\"\(seconds(elapsed))\">\n"
        xml +=
            "  <testsuite name=\"llmgw route check\" tests=\"\(results.count)\" failures=\"\(failures)\" "
            + "errors=\"0\" skipped=\"\(skipped)\" time=\"\(seconds(elapsed))\">\n"
        for result in results {
            let provider = result.target.split(separator: "/").first.map(String.init) ?? result.target
            xml +=
                "    <testcase classname=\"llmgw.\(escape(provider))\" name=\"\(escape(result.target))\" "
                + "time=\"\(seconds(result.latency))\""
            if result.healthy {
                xml += ">\n" + systemOut(result) + "    </testcase>\n"
            } else if optional.contains(result.target) {
                xml +=
                    ">\n      <skipped message=\"\(escape("allowed to fail: " + detail(result)))\"/>\n"
                    + systemOut(result) + "    </testcase>\n"
            } else {
                xml +=
                    ">\n      <failure type=\"\(escape(result.errorClass ?? "error"))\" message=\"\(escape(detail(result)))\">"
                    + escape(detail(result)) + "</failure>\n" + systemOut(result) + "    </testcase>\n"
            }
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    /// Both steps of the probe as the test case's output.
    static func systemOut(_ result: ProbeResult) -> String {
        "      <system-out>\(escape("model list: \(result.listMessage); completion: \(result.message)"))</system-out>\n"
    }

    static func seconds(_ duration: Duration) -> String {
        String(format: "%.3f", duration.milliseconds / 1000)
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n", "\t": result += " "
            default:
                // XML 1.0 forbids most control characters, even escaped.
                if scalar.value < 0x20 { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
