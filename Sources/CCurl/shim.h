#ifndef LLMGW_CCURL_SHIM_H
#define LLMGW_CCURL_SHIM_H

#include <curl/curl.h>

/* curl_easy_setopt and curl_multi_setopt are variadic, which Swift cannot call.
   Each wrapper below fixes the type of the third argument. */

static inline CURLcode llmgw_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode llmgw_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode llmgw_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode llmgw_easy_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode llmgw_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

typedef size_t (*llmgw_write_callback)(char *data, size_t size, size_t nmemb, void *userdata);
typedef int (*llmgw_xferinfo_callback)(void *userdata, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow);

static inline CURLcode llmgw_easy_setopt_write_callback(CURL *handle, CURLoption option, llmgw_write_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode llmgw_easy_setopt_xferinfo_callback(CURL *handle, llmgw_xferinfo_callback value) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, value);
}

static inline CURLcode llmgw_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode llmgw_easy_getinfo_double(CURL *handle, CURLINFO info, double *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode llmgw_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLMcode llmgw_multi_setopt_long(CURLM *handle, CURLMoption option, long value) {
    return curl_multi_setopt(handle, option, value);
}

/* Additions for the LLMGWCurl transport: constants that Swift cannot import from composite
   macros, the debug callback setter, and the off_t getinfo. */

typedef int (*llmgw_debug_callback)(CURL *handle, curl_infotype type, char *data, size_t size, void *userdata);

static inline CURLcode llmgw_easy_setopt_debug_callback(CURL *handle, llmgw_debug_callback value) {
    return curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, value);
}

static inline CURLcode llmgw_easy_getinfo_offset(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode llmgw_global_init_all(void) {
    return curl_global_init(CURL_GLOBAL_ALL);
}

static inline int llmgw_pause_continue(void) { return CURLPAUSE_CONT; }

static inline size_t llmgw_writefunc_pause(void) { return CURL_WRITEFUNC_PAUSE; }

#endif
