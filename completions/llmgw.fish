function __llmgw_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __llmgw_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __llmgw_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __llmgw_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __llmgw_parse_tokens -S
    set -l unparsed_tokens (__llmgw_tokens -pc)
    switch $unparsed_tokens[1]
    case 'llmgw'
        __llmgw_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'chat'
            __llmgw_parse_subcommand -r 1 'config=' 'v/verbose' 'm/model=' 's/system=' 'temperature=' 'top-p=' 'max-tokens=' 'stop=+' 'seed=' 'o/option=+' 'a/attach=+' 'json-mode' 'no-stream' 'json' 'c/continue' 'api-key-env=' 'timeout=' 'fallback=+' 'sort=' 'only=+' 'ignore=+' 'max-price=' 'sticky=' 'tag=+' 'resume-on-fallback' 'cache' 'no-cache' 'version' 'h/help'
        case 'route'
            __llmgw_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __llmgw_parse_subcommand 0 'config=' 'v/verbose' 'json' 'version' 'h/help'
            case 'explain'
                __llmgw_parse_subcommand -r 1 'config=' 'v/verbose' 'm/model=' 'max-tokens=' 'json-mode' 'needs=+' 'fallback=+' 'sort=' 'only=+' 'ignore=+' 'max-price=' 'sticky=' 'tag=+' 'json' 'version' 'h/help'
            case 'check'
                __llmgw_parse_subcommand -r 1 'config=' 'v/verbose' 'allow-fail=+' 'timeout=' 'json' 'junit=' 'version' 'h/help'
            case 'serve'
                __llmgw_parse_subcommand -r 1 'version' 'h/help'
            end
        case 'bench'
            __llmgw_parse_subcommand -r 1 'version' 'h/help'
        case 'compare'
            __llmgw_parse_subcommand -r 1 'version' 'h/help'
        case 'keys'
            __llmgw_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'set'
                __llmgw_parse_subcommand 1 'config=' 'v/verbose' 'name=' 'weight=' 'version' 'h/help'
            case 'list'
                __llmgw_parse_subcommand 0 'config=' 'v/verbose' 'json' 'version' 'h/help'
            case 'rm'
                __llmgw_parse_subcommand 1 'config=' 'v/verbose' 'name=' 'version' 'h/help'
            case 'path'
                __llmgw_parse_subcommand 0 'config=' 'v/verbose' 'version' 'h/help'
            case 'test'
                __llmgw_parse_subcommand -r 1 'config=' 'v/verbose' 'json' 'timeout=' 'version' 'h/help'
            case 'export'
                __llmgw_parse_subcommand -r 1 'config=' 'v/verbose' 'env' 'force' 'version' 'h/help'
            end
        case 'cost'
            __llmgw_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'tokens'
                __llmgw_parse_subcommand -r 1 'm/model=+' 'encoding=+' 'exact' 'format=' 'json' 'config=' 'v/verbose' 'version' 'h/help'
            case 'estimate'
                __llmgw_parse_subcommand -r 1 'f/file=+' 'm/model=+' 'all' 'provider=+' 's/system=' 'output-tokens=' 'output-ratio=' 'exact' 'format=' 'json' 'config=' 'v/verbose' 'version' 'h/help'
            case 'models'
                __llmgw_parse_subcommand 0 'version' 'h/help'
                switch $unparsed_tokens[1]
                case 'list'
                    __llmgw_parse_subcommand 0 'provider=+' 'sort=' 'format=' 'json' 'config=' 'v/verbose' 'version' 'h/help'
                case 'import'
                    __llmgw_parse_subcommand 1 'config=' 'v/verbose' 'version' 'h/help'
                end
            case 'report'
                __llmgw_parse_subcommand 0 'since=' 'until=' 'by=' 'format=' 'json' 'config=' 'v/verbose' 'version' 'h/help'
            end
        case 'mock'
            __llmgw_parse_subcommand 0 'host=' 'port=' 'latency=' 'tokens-per-second=' 'output-tokens=' 'error-rate=+' 'fault=+' 'seed=' 'stall-limit=' 'accept-key-env=+' 'rate-limit-key-env=+' 'version' 'h/help'
        case 'help'
            __llmgw_parse_subcommand -r 1 'version'
        end
    end
end

function __llmgw_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __llmgw_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __llmgw_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __llmgw_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__llmgw_tokens -p)
    if test -z "$(__llmgw_tokens -t)"
        set -l index (count (__llmgw_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'llmgw' -f
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw" -eq 1' -fa 'chat' -d 'Send a prompt to a model and stream the answer.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw" -eq 1' -fa 'route' -d 'List, explain and health-check routes.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw" -eq 1' -fa 'bench' -d 'Load-test a model or route (not available in this build yet)'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw" -eq 1' -fa 'compare' -d 'Run one prompt across several models side by side (not available in this build yet)'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw" -eq 1' -fa 'keys' -d 'Store, list, test and remove provider API keys.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw" -eq 1' -fa 'cost' -d 'Count tokens and price models.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw" -eq 1' -fa 'mock' -d 'Run a fake LLM upstream (OpenAI, Anthropic, Gemini) for tests and load tests.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" m model' -s 'm' -l 'model' -d 'Model (provider/model) or route name.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" s system' -s 's' -l 'system' -d 'System prompt.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" temperature' -l 'temperature' -d 'Sampling temperature.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" top-p' -l 'top-p' -d 'Nucleus sampling probability.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" max-tokens' -l 'max-tokens' -d 'Maximum output tokens.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat"' -l 'stop' -d 'Stop sequence (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" seed' -l 'seed' -d 'Seed for providers that support deterministic sampling.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat"' -s 'o' -l 'option' -d 'Provider body field, key=value (repeatable); JSON values are sent as JSON.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat"' -s 'a' -l 'attach' -d 'Attach an image or text file, or an image URL (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" json-mode' -l 'json-mode' -d 'Ask the model for a JSON object (response_format json_object).'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" no-stream' -l 'no-stream' -d 'Ask for the whole answer at once instead of a stream.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" json' -l 'json' -d 'Print one JSON object (schema llmgw.chat/1) instead of the streamed text.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" c continue' -s 'c' -l 'continue' -d 'Continue the last conversation.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" api-key-env' -l 'api-key-env' -d 'Read the provider key from this environment variable.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" timeout' -l 'timeout' -d 'Total time limit for the call, e.g. 30s or 2m.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat"' -l 'fallback' -d 'Try this model or route if the others fail (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" sort' -l 'sort' -d 'Order the candidates by price, latency or throughput.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat"' -l 'only' -d 'Only use these providers (repeatable, or comma-separated).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat"' -l 'ignore' -d 'Never use these providers (repeatable, or comma-separated).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" max-price' -l 'max-price' -d 'Skip targets priced above this, in dollars per 1M tokens.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" sticky' -l 'sticky' -d 'Keep weighted picks stable for this key (e.g. a user id).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat"' -l 'tag' -d 'Tag the request for conditional rules: name or key=value (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" resume-on-fallback' -l 'resume-on-fallback' -d 'If a stream fails after its first token, restart the answer on the next target.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" cache' -l 'cache' -d 'Use the response cache even when the temperature is not 0.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" no-cache' -l 'no-cache' -d 'Neither read nor write the response cache.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw route" -eq 1' -fa 'list' -d 'List the routes, their policy and targets.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw route" -eq 1' -fa 'explain' -d 'Show how a request would be routed, without calling any provider.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw route" -eq 1' -fa 'check' -d 'Health-check targets with a cheap probe each (for CI).'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw route" -eq 1' -fa 'serve' -d 'Run the OpenAI-compatible gateway (not available in this build yet).'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route list" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route list" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route list" json' -l 'json' -d 'Print JSON (schema llmgw.route-list/1) instead of a table.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route list" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain" m model' -s 'm' -l 'model' -d 'Route name or provider/model.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain" max-tokens' -l 'max-tokens' -d 'Maximum output tokens.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain" json-mode' -l 'json-mode' -d 'The request asks for JSON output.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain"' -l 'needs' -d 'The request needs tools or vision (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain"' -l 'fallback' -d 'Try this model or route if the others fail (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain" sort' -l 'sort' -d 'Order the candidates by price, latency or throughput.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain"' -l 'only' -d 'Only use these providers (repeatable, or comma-separated).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain"' -l 'ignore' -d 'Never use these providers (repeatable, or comma-separated).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain" max-price' -l 'max-price' -d 'Skip targets priced above this, in dollars per 1M tokens.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain" sticky' -l 'sticky' -d 'Keep weighted picks stable for this key (e.g. a user id).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain"' -l 'tag' -d 'Tag the request for conditional rules: name or key=value (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain" json' -l 'json' -d 'Print JSON (schema llmgw.route-explain/1) instead of a table.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route explain" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route check" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route check" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route check"' -l 'allow-fail' -d 'A target whose failure is tolerated (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route check" timeout' -l 'timeout' -d 'Time limit per probe, e.g. 20s.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route check" json' -l 'json' -d 'Print JSON (schema llmgw.route-check/1) instead of a table.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route check" junit' -l 'junit' -d 'Also write a JUnit XML report to this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route check" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route serve" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route serve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw bench" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw bench" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw compare" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw compare" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw keys" -eq 1' -fa 'set' -d 'Store a provider key, read from stdin or a no-echo prompt (never from arguments).'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw keys" -eq 1' -fa 'list' -d 'List the keys llmgw can see (masked), where each comes from, and which one calls use.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw keys" -eq 1' -fa 'rm' -d 'Remove a stored key.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw keys" -eq 1' -fa 'path' -d 'Print the key file\'s path.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw keys" -eq 1' -fa 'test' -d 'Check keys with each provider\'s cheapest call (list models), concurrently.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw keys" -eq 1' -fa 'export' -d 'Print stored keys as shell `export VAR=...` lines (only with --env; not to a terminal).'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys set" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys set" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys set" name' -l 'name' -d 'The key\'s name, to keep several keys of one provider.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys set" weight' -l 'weight' -d 'The key\'s share of calls among the provider\'s stored keys.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys set" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys list" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys list" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys list" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys list" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys rm" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys rm" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys rm" name' -l 'name' -d 'The key\'s name.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys rm" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys rm" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys path" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys path" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys path" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys path" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys test" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys test" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys test" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys test" timeout' -l 'timeout' -d 'The longest one check may take.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys test" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys test" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys export" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys export" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys export" env' -l 'env' -d 'Print `export VAR=...` lines (required: keys are only printed when asked).'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys export" force' -l 'force' -d 'Print even when stdout is a terminal.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys export" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw cost" -eq 1' -fa 'tokens' -d 'Count tokens in text or files.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw cost" -eq 1' -fa 'estimate' -d 'Price a prompt across models, cheapest first.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw cost" -eq 1' -fa 'models' -d 'Show the price catalog, or import prices.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw cost" -eq 1' -fa 'report' -d 'Report spend from the request log.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost tokens"' -s 'm' -l 'model' -d 'Count for this model (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost tokens"' -l 'encoding' -d 'Count in this encoding: o200k_base or cl100k_base (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost tokens" exact' -l 'exact' -d 'Count with the provider\'s count-tokens endpoint (Anthropic, Gemini) where a key is available.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost tokens" format' -l 'format' -d 'Output format: table, json, jsonl, csv or markdown.' -rfka 'table json jsonl csv markdown'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost tokens" json' -l 'json' -d 'Short for --format json.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost tokens" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost tokens" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost tokens" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost tokens" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate"' -s 'f' -l 'file' -d 'Add a file to the prompt (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate"' -s 'm' -l 'model' -d 'A model or route to price (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate" all' -l 'all' -d 'Price every model in the catalog.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate"' -l 'provider' -d 'With --all, only this provider (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate" s system' -s 's' -l 'system' -d 'A system prompt to include.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate" output-tokens' -l 'output-tokens' -d 'Expected output tokens per call.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate" output-ratio' -l 'output-ratio' -d 'Expected output as a multiple of the input tokens.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate" exact' -l 'exact' -d 'Count input with the provider\'s count-tokens endpoint (Anthropic, Gemini) where a key is available.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate" format' -l 'format' -d 'Output format: table, json, jsonl, csv or markdown.' -rfka 'table json jsonl csv markdown'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate" json' -l 'json' -d 'Short for --format json.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw cost models" -eq 1' -fa 'list' -d 'Show the price catalog with each entry\'s source and age.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw cost models" -eq 1' -fa 'import' -d 'Merge a LiteLLM or OpenRouter price list into the user catalog.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models list"' -l 'provider' -d 'Only this provider (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models list" sort' -l 'sort' -d 'Sort by name, input, output or context.' -rfka 'name input output context'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models list" format' -l 'format' -d 'Output format: table, json, jsonl, csv or markdown.' -rfka 'table json jsonl csv markdown'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models list" json' -l 'json' -d 'Short for --format json.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models list" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models list" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models list" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models import" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models import" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models import" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost report" since' -l 'since' -d 'Start of the window: 7d, 12h, 30m, 2w or YYYY-MM-DD.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost report" until' -l 'until' -d 'End of the window (exclusive); default now.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost report" by' -l 'by' -d 'Group by model, provider, route, key or day.' -rfka 'model provider route key day'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost report" format' -l 'format' -d 'Output format: table, json, jsonl, csv or markdown.' -rfka 'table json jsonl csv markdown'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost report" json' -l 'json' -d 'Short for --format json.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost report" config' -l 'config' -d 'Read the configuration from this file.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost report" v verbose' -s 'v' -l 'verbose' -d 'Print the resolved target, request and response heads (keys masked) to stderr.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost report" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock" host' -l 'host' -d 'The address to listen on.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock" port' -l 'port' -d 'The port to listen on; 0 picks a free port.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock" latency' -l 'latency' -d 'Wait before each response head, e.g. 200ms or 1.5s.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock" tokens-per-second' -l 'tokens-per-second' -d 'Streaming speed; without it tokens go out as fast as possible.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock" output-tokens' -l 'output-tokens' -d 'Tokens the lorem model writes (default 64).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock"' -l 'error-rate' -d 'Fail this share of requests with STATUS (repeatable), e.g. 429=0.1.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock"' -l 'fault' -d 'Break this share of responses (repeatable): disconnect, truncate, stall or malformed, e.g. truncate=0.05.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock" seed' -l 'seed' -d 'Seed for a reproducible stream of errors and faults.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock" stall-limit' -l 'stall-limit' -d 'The longest a stall fault holds a connection.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock"' -l 'accept-key-env' -d 'Accept only the key in this variable (repeatable); others get a 401 in the provider\'s error shape.' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock"' -l 'rate-limit-key-env' -d 'Answer 429 with Retry-After: 1 to the key in this variable (repeatable).' -rfka ''
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw help" version' -l 'version' -d 'Show the version.'
