import Foundation

/// A file given with `-a`: an image becomes an image part, anything else a text part.
public enum Attachment {
    /// Image types by file extension.
    static let imageTypes: [String: String] = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
    ]

    /// The content part for `path`: an `http(s)` image URL as is, an image file base64-encoded, or a
    /// text file quoted with its name.
    /// - Throws: ``AttachmentError`` when the file cannot be read, is empty, too large, or not text.
    public static func load(_ path: String, maxBytes: Int = 20 << 20) throws(AttachmentError) -> ContentPart {
        let lowered = path.lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") {
            return .image(.url(path))
        }
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > maxBytes {
                throw AttachmentError.tooLarge(path: path, limit: maxBytes)
            }
            data = try Data(contentsOf: url)
        } catch let error as AttachmentError {
            throw error
        } catch {
            throw AttachmentError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        if let mediaType = imageTypes[url.pathExtension.lowercased()] ?? sniffImageType(data) {
            return .image(.base64(mediaType: mediaType, data: data.base64EncodedString()))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AttachmentError.notText(path: path)
        }
        return .text("File \(url.lastPathComponent):\n```\n\(text)\(text.hasSuffix("\n") ? "" : "\n")```\n")
    }

    /// The image media type from a file's first bytes, if it is PNG, JPEG, GIF or WebP.
    static func sniffImageType(_ data: Data) -> String? {
        let head = [UInt8](data.prefix(12))
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "image/png" }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if head.starts(with: Array("GIF8".utf8)) { return "image/gif" }
        if head.count >= 12, head.starts(with: Array("RIFF".utf8)), Array(head[8..<12]) == Array("WEBP".utf8) {
            return "image/webp"
        }
        return nil
    }
}

/// Why an attachment could not be used.
public enum AttachmentError: Error, LocalizedError, ClassifiedError {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file is larger than the limit.
    case tooLarge(path: String, limit: Int)
    /// The file is neither an image nor UTF-8 text.
    case notText(path: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason): "cannot attach \(path): \(reason)"
        case .tooLarge(let path, let limit): "cannot attach \(path): larger than \(limit >> 20) MiB"
        case .notText(let path):
            "cannot attach \(path): it is neither an image (png, jpeg, gif, webp) nor UTF-8 text"
        }
    }

    public var failureClass: FailureClass { .usage }
}
