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
            __llmgw_parse_subcommand -r 1 'config=' 'v/verbose' 'm/model=' 's/system=' 'temperature=' 'top-p=' 'max-tokens=' 'stop=+' 'seed=' 'o/option=+' 'a/attach=+' 'json-mode' 'no-stream' 'json' 'c/continue' 'api-key-env=' 'timeout=' 'version' 'h/help'
        case 'route'
            __llmgw_parse_subcommand -r 1 'version' 'h/help'
        case 'bench'
            __llmgw_parse_subcommand -r 1 'version' 'h/help'
        case 'compare'
            __llmgw_parse_subcommand -r 1 'version' 'h/help'
        case 'keys'
            __llmgw_parse_subcommand -r 1 'version' 'h/help'
        case 'cost'
            __llmgw_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'tokens'
                __llmgw_parse_subcommand -r 1 'version' 'h/help'
            case 'estimate'
                __llmgw_parse_subcommand -r 1 'version' 'h/help'
            case 'models'
                __llmgw_parse_subcommand -r 1 'version' 'h/help'
            case 'report'
                __llmgw_parse_subcommand -r 1 'version' 'h/help'
            end
        case 'mock'
            __llmgw_parse_subcommand 0 'host=' 'port=' 'latency=' 'tokens-per-second=' 'output-tokens=' 'error-rate=+' 'fault=+' 'seed=' 'stall-limit=' 'version' 'h/help'
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
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw" -eq 1' -fa 'route' -d 'Inspect, check and serve routes (not available in this build yet)'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw" -eq 1' -fa 'bench' -d 'Load-test a model or route (not available in this build yet)'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw" -eq 1' -fa 'compare' -d 'Run one prompt across several models side by side (not available in this build yet)'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw" -eq 1' -fa 'keys' -d 'Manage provider API keys (not available in this build yet)'
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
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw chat" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw route" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw bench" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw bench" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw compare" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw compare" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw keys" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw cost" -eq 1' -fa 'tokens' -d 'Count tokens in text or files. (not available in this build yet)'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw cost" -eq 1' -fa 'estimate' -d 'Price a prompt across models. (not available in this build yet)'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw cost" -eq 1' -fa 'models' -d 'Show the price catalog. (not available in this build yet)'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_positional "llmgw cost" -eq 1' -fa 'report' -d 'Report spend from the request log. (not available in this build yet)'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost tokens" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost tokens" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost estimate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw cost models" h help' -s 'h' -l 'help' -d 'Show help information.'
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
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock" version' -l 'version' -d 'Show the version.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw mock" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmgw' -n '__llmgw_should_offer_completions_for_flags_or_options "llmgw help" version' -l 'version' -d 'Show the version.'
