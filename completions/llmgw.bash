#!/bin/bash

__llmgw_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__llmgw_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__llmgw_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__llmgw_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_llmgw() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __llmgw_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    chat|route|bench|compare|keys|cost|mock|help)
        # Offer subcommand argument completions
        "_llmgw_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'chat route bench compare keys cost mock help' -- "${cur}"))
        ;;
    esac
}

_llmgw_chat() {
    repeating_flags=()
    non_repeating_flags=(-v --verbose --json-mode --no-stream --json -c --continue --resume-on-fallback --cache --no-cache --version -h --help)
    repeating_options=(--stop -o --option -a --attach --fallback --only --ignore --tag)
    non_repeating_options=(--config -m --model -s --system --temperature --top-p --max-tokens --seed --api-key-env --timeout --sort --max-price --sticky)
    __llmgw_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    '-m'|'--model')
        return
        ;;
    '-s'|'--system')
        return
        ;;
    '--temperature')
        return
        ;;
    '--top-p')
        return
        ;;
    '--max-tokens')
        return
        ;;
    '--stop')
        return
        ;;
    '--seed')
        return
        ;;
    '-o'|'--option')
        return
        ;;
    '-a'|'--attach')
        return
        ;;
    '--api-key-env')
        return
        ;;
    '--timeout')
        return
        ;;
    '--fallback')
        return
        ;;
    '--sort')
        return
        ;;
    '--only')
        return
        ;;
    '--ignore')
        return
        ;;
    '--max-price')
        return
        ;;
    '--sticky')
        return
        ;;
    '--tag')
        return
        ;;
    esac
}

_llmgw_route() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmgw_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|explain|check|serve)
        # Offer subcommand argument completions
        "_llmgw_route_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list explain check serve' -- "${cur}"))
        ;;
    esac
}

_llmgw_route_list() {
    repeating_flags=()
    non_repeating_flags=(-v --verbose --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--config)
    __llmgw_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    esac
}

_llmgw_route_explain() {
    repeating_flags=()
    non_repeating_flags=(-v --verbose --json-mode --json --version -h --help)
    repeating_options=(--needs --fallback --only --ignore --tag)
    non_repeating_options=(--config -m --model --max-tokens --sort --max-price --sticky)
    __llmgw_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    '-m'|'--model')
        return
        ;;
    '--max-tokens')
        return
        ;;
    '--needs')
        return
        ;;
    '--fallback')
        return
        ;;
    '--sort')
        return
        ;;
    '--only')
        return
        ;;
    '--ignore')
        return
        ;;
    '--max-price')
        return
        ;;
    '--sticky')
        return
        ;;
    '--tag')
        return
        ;;
    esac
}

_llmgw_route_check() {
    repeating_flags=()
    non_repeating_flags=(-v --verbose --json --version -h --help)
    repeating_options=(--allow-fail)
    non_repeating_options=(--config --timeout --junit)
    __llmgw_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    '--allow-fail')
        return
        ;;
    '--timeout')
        return
        ;;
    '--junit')
        return
        ;;
    esac
}

_llmgw_route_serve() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmgw_offer_flags_options -1
}

_llmgw_bench() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmgw_offer_flags_options -1
}

_llmgw_compare() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmgw_offer_flags_options -1
}

_llmgw_keys() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmgw_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    set|list|rm|path|test|export)
        # Offer subcommand argument completions
        "_llmgw_keys_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'set list rm path test export' -- "${cur}"))
        ;;
    esac
}

_llmgw_keys_set() {
    repeating_flags=()
    non_repeating_flags=(-v --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--config --name --weight)
    __llmgw_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    '--name')
        return
        ;;
    '--weight')
        return
        ;;
    esac
}

_llmgw_keys_list() {
    repeating_flags=()
    non_repeating_flags=(-v --verbose --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--config)
    __llmgw_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    esac
}

_llmgw_keys_rm() {
    repeating_flags=()
    non_repeating_flags=(-v --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--config --name)
    __llmgw_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    '--name')
        return
        ;;
    esac
}

_llmgw_keys_path() {
    repeating_flags=()
    non_repeating_flags=(-v --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--config)
    __llmgw_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    esac
}

_llmgw_keys_test() {
    repeating_flags=()
    non_repeating_flags=(-v --verbose --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--config --timeout)
    __llmgw_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_llmgw_keys_export() {
    repeating_flags=()
    non_repeating_flags=(-v --verbose --env --force --version -h --help)
    repeating_options=()
    non_repeating_options=(--config)
    __llmgw_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    esac
}

_llmgw_cost() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmgw_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    tokens|estimate|models|report)
        # Offer subcommand argument completions
        "_llmgw_cost_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'tokens estimate models report' -- "${cur}"))
        ;;
    esac
}

_llmgw_cost_tokens() {
    repeating_flags=()
    non_repeating_flags=(--exact --json -v --verbose --version -h --help)
    repeating_options=(-m --model --encoding)
    non_repeating_options=(--format --config)
    __llmgw_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '-m'|'--model')
        return
        ;;
    '--encoding')
        return
        ;;
    '--format')
        __llmgw_add_completions -W 'table'$'\n''json'$'\n''jsonl'$'\n''csv'$'\n''markdown'
        return
        ;;
    '--config')
        return
        ;;
    esac
}

_llmgw_cost_estimate() {
    repeating_flags=()
    non_repeating_flags=(--all --exact --json -v --verbose --version -h --help)
    repeating_options=(-f --file -m --model --provider)
    non_repeating_options=(-s --system --output-tokens --output-ratio --format --config)
    __llmgw_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '-f'|'--file')
        return
        ;;
    '-m'|'--model')
        return
        ;;
    '--provider')
        return
        ;;
    '-s'|'--system')
        return
        ;;
    '--output-tokens')
        return
        ;;
    '--output-ratio')
        return
        ;;
    '--format')
        __llmgw_add_completions -W 'table'$'\n''json'$'\n''jsonl'$'\n''csv'$'\n''markdown'
        return
        ;;
    '--config')
        return
        ;;
    esac
}

_llmgw_cost_models() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmgw_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|import)
        # Offer subcommand argument completions
        "_llmgw_cost_models_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list import' -- "${cur}"))
        ;;
    esac
}

_llmgw_cost_models_list() {
    repeating_flags=()
    non_repeating_flags=(--json -v --verbose --version -h --help)
    repeating_options=(--provider)
    non_repeating_options=(--sort --format --config)
    __llmgw_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--provider')
        return
        ;;
    '--sort')
        __llmgw_add_completions -W 'name'$'\n''input'$'\n''output'$'\n''context'
        return
        ;;
    '--format')
        __llmgw_add_completions -W 'table'$'\n''json'$'\n''jsonl'$'\n''csv'$'\n''markdown'
        return
        ;;
    '--config')
        return
        ;;
    esac
}

_llmgw_cost_models_import() {
    repeating_flags=()
    non_repeating_flags=(-v --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--config)
    __llmgw_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    esac
}

_llmgw_cost_report() {
    repeating_flags=()
    non_repeating_flags=(--json -v --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--since --until --by --format --config)
    __llmgw_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--by')
        __llmgw_add_completions -W 'model'$'\n''provider'$'\n''route'$'\n''key'$'\n''day'
        return
        ;;
    '--format')
        __llmgw_add_completions -W 'table'$'\n''json'$'\n''jsonl'$'\n''csv'$'\n''markdown'
        return
        ;;
    '--config')
        return
        ;;
    esac
}

_llmgw_mock() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=(--error-rate --fault --accept-key-env --rate-limit-key-env)
    non_repeating_options=(--host --port --latency --tokens-per-second --output-tokens --seed --stall-limit)
    __llmgw_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--host')
        return
        ;;
    '--port')
        return
        ;;
    '--latency')
        return
        ;;
    '--tokens-per-second')
        return
        ;;
    '--output-tokens')
        return
        ;;
    '--error-rate')
        return
        ;;
    '--fault')
        return
        ;;
    '--seed')
        return
        ;;
    '--stall-limit')
        return
        ;;
    '--accept-key-env')
        return
        ;;
    '--rate-limit-key-env')
        return
        ;;
    esac
}

_llmgw_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __llmgw_offer_flags_options -1
}

complete -o filenames -F _llmgw llmgw
