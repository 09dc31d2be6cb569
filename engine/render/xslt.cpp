// SPDX-License-Identifier: Apache-2.0
#include "render/xslt.h"

#include <cstdarg>
#include <cstdio>

#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltutils.h>

namespace vanthu::render {
void collect_xslt_error(void* context, const char* format, ...) {
  auto* errors = static_cast<std::string*>(context);
  char buffer[512];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  if (errors->size() < 2000) *errors += buffer;
}

namespace {

struct ContextFree {
  void operator()(xsltTransformContext* context) const { xsltFreeTransformContext(context); }
};

}  // namespace

Result<Page> transform(xsltStylesheetPtr stylesheet, xmlDocPtr doc,
                              const std::vector<std::pair<const char*, std::string>>& params) {
  std::unique_ptr<xsltTransformContext, ContextFree> context(xsltNewTransformContext(stylesheet, doc));
  if (!context) return Status::internal("cannot start the page template (out of memory)");
  std::string errors;
  xsltSetTransformErrorFunc(context.get(), &errors, collect_xslt_error);
  for (const auto& [name, value] : params) {
    xsltQuoteOneUserParam(context.get(), reinterpret_cast<const xmlChar*>(name),
                          reinterpret_cast<const xmlChar*>(value.c_str()));
  }
  DocPtr result(xsltApplyStylesheetUser(stylesheet, doc, nullptr, nullptr, nullptr, context.get()));
  if (!result || context->state != XSLT_STATE_OK)
    return Status::internal("the page template failed: " + (errors.empty() ? std::string("unknown error") : errors));
  xmlChar* bytes = nullptr;
  int size = 0;
  if (xsltSaveResultToString(&bytes, &size, result.get(), stylesheet) != 0 || bytes == nullptr)
    return Status::internal("the page could not be serialized");
  Page page;
  page.html.assign(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
  xmlFree(bytes);
  return page;
}

}  // namespace vanthu::render
