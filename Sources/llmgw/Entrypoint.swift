import LLMGWCLI

@main
enum Entrypoint {
    static func main() async {
        await LLMGW.runMain()
    }
}
