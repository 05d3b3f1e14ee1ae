// Spring's CorsConfiguration + CorsFilter, twice: as the plain servlet filter
// on embedded Tomcat (verified here against Debian's spring-web 4.3 and
// Tomcat 9) and as the Spring Boot @Bean (Boot is not installable here: that
// form is compiled against spring-context/spring-web 4.3 only).
import { BODY, extraHeaders, fixedOriginLimit, originRule, quoted, serverParts, type ServerParts } from './policy-parts.ts';
import type { AllowList, Policy } from '../scenario/types.ts';
import type { ExportInput, ExportNote, ExportResult } from './types.ts';

const asList = (values: string[]) => `Arrays.asList(${values.map(quoted).join(', ')})`;

function allowList(list: AllowList, setter: string, adder: string): string {
  // "*" makes Spring echo the requested method / headers, which is what mirror does too.
  return list.type === 'list' ? `config.${setter}(${asList(list.values)});` : `config.${adder}("*");`;
}

/** The lines building `config`, indented for a method body, and what could not be said. */
function configuration(p: Policy): { lines: string[]; notes: ExportNote[] } {
  const notes: ExportNote[] = [];
  const rule = originRule(p);
  const lines: string[] = [];
  const checkOrigin = (test: string) => [
    '// Spring 4.3 has no origin patterns: checkOrigin decides instead.',
    'CorsConfiguration config = new CorsConfiguration() {',
    '    @Override',
    '    public String checkOrigin(String origin) {',
    `        return ${test} ? origin : null;`,
    '    }',
    '};',
  ];
  switch (rule.type) {
    case 'reflect':
      lines.push(...checkOrigin('origin != null /* reflects any Origin: every site may call this API */'));
      break;
    case 'pattern':
      lines.push(...checkOrigin(`origin != null && Pattern.compile(${quoted(rule.pattern)}).matcher(origin).find()`));
      break;
    default:
      lines.push('CorsConfiguration config = new CorsConfiguration();');
      if (rule.type === 'any') lines.push('config.addAllowedOrigin("*");');
      else if (rule.type === 'list') lines.push(`config.setAllowedOrigins(${asList(rule.origins)});`);
      else if (rule.type === 'fixed') {
        // CorsFilter compares every Origin with the allowed ones; it has no "always send this one".
        notes.push(fixedOriginLimit('CorsFilter', rule.origin, 'another origin gets 403 without CORS headers, and a request without Origin gets none'));
        lines.push(`config.setAllowedOrigins(${asList([rule.origin])}); // only sent when the Origin is exactly this one`);
      }
      else if (rule.type === 'other') notes.push({ kind: 'cannot-express', text: `The allowed-origin rule "${rule.what}" is not known to this export; no origin is allowed.` });
      else lines.push('// No origin is allowed yet.');
  }
  lines.push(allowList(p.allowMethods, 'setAllowedMethods', 'addAllowedMethod'));
  lines.push(allowList(p.allowHeaders, 'setAllowedHeaders', 'addAllowedHeader'));
  if (p.exposeHeaders.length > 0) lines.push(`config.setExposedHeaders(${asList(p.exposeHeaders)});`);
  if (p.allowCredentials) lines.push('config.setAllowCredentials(true);');
  if (p.maxAge !== null) lines.push(`config.setMaxAge(${p.maxAge}L);`);
  if (p.preflightStatus !== 200) notes.push({ kind: 'cannot-express', text: `CorsFilter answers a preflight it allows with 200, not ${p.preflightStatus}.` });
  return { lines, notes };
}

const SOURCE = [
  'UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();',
  'source.registerCorsConfiguration("/**", config);',
  'return new CorsFilter(source);',
];
const indent = (n: number) => (line: string) => ' '.repeat(n) + line;
const CONFIG_IMPORTS = [
  'import java.util.Arrays;',
  'import java.util.regex.Pattern;',
  'import org.springframework.web.cors.CorsConfiguration;',
  'import org.springframework.web.cors.UrlBasedCorsConfigurationSource;',
  'import org.springframework.web.filter.CorsFilter;',
];

function withParts(input: ExportInput, build: (p: Policy, parts: ServerParts, config: string[]) => string): ExportResult {
  const parts = serverParts(input);
  if (!parts.policy) return { code: '', notes: parts.notes };
  const config = configuration(parts.policy);
  return { code: build(parts.policy, parts, config.lines), notes: [...parts.notes, ...config.notes] };
}

/** The plain filter on embedded Tomcat 9: `java CorsServer` with spring-web, spring-core, commons-logging and Tomcat on the classpath. */
export function springFilterExport(input: ExportInput): ExportResult {
  return withParts(input, (p, parts, config) =>
    [
      'import java.io.IOException;',
      'import java.nio.file.Files;',
      ...CONFIG_IMPORTS,
      'import javax.servlet.http.HttpServlet;',
      'import javax.servlet.http.HttpServletRequest;',
      'import javax.servlet.http.HttpServletResponse;',
      'import org.apache.catalina.Context;',
      'import org.apache.catalina.startup.Tomcat;',
      'import org.apache.tomcat.util.descriptor.web.FilterDef;',
      'import org.apache.tomcat.util.descriptor.web.FilterMap;',
      '',
      `public class ${input.name} {`,
      '    static CorsFilter corsFilter() {',
      ...[...config, ...SOURCE].map(indent(8)),
      '    }',
      '',
      `    // Your servlet. This one stands for ${parts.path}: it answers every path.`,
      '    static class Api extends HttpServlet {',
      '        @Override',
      '        protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {',
      ...extraHeaders(p).map(([n, v]) => `            res.addHeader(${quoted(n)}, ${quoted(v)});`),
      `            res.setStatus(${p.actualStatus});`,
      '            res.setContentType("application/json");',
      `            res.getWriter().write(${quoted(BODY)});`,
      '        }',
      '    }',
      '',
      '    public static Tomcat start(int port) throws Exception {',
      '        Tomcat tomcat = new Tomcat();',
      '        tomcat.setBaseDir(Files.createTempDirectory("tomcat").toString());',
      '        tomcat.setPort(port);',
      '        tomcat.getConnector().setProperty("address", "127.0.0.1");',
      '        Context context = tomcat.addContext("", null);',
      '        Tomcat.addServlet(context, "api", new Api());',
      '        context.addServletMappingDecoded("/*", "api");',
      '        FilterDef cors = new FilterDef();',
      '        cors.setFilterName("cors");',
      '        cors.setFilter(corsFilter());',
      '        context.addFilterDef(cors);',
      '        FilterMap everything = new FilterMap();',
      '        everything.setFilterName("cors");',
      '        everything.addURLPattern("/*");',
      '        context.addFilterMap(everything);',
      '        tomcat.start();',
      '        return tomcat;',
      '    }',
      '',
      '    public static void main(String[] args) throws Exception {',
      `        start(${input.port}).getServer().await();`,
      '    }',
      '}',
    ].join('\n'),
  );
}

/** The Spring Boot form: Boot registers a CorsFilter bean in front of every request. */
export function springBootExport(input: ExportInput): ExportResult {
  return withParts(input, (_p, _parts, config) =>
    [
      ...CONFIG_IMPORTS,
      'import org.springframework.context.annotation.Bean;',
      'import org.springframework.context.annotation.Configuration;',
      '',
      '@Configuration',
      `public class ${input.name}Config {`,
      '    @Bean',
      '    public CorsFilter corsFilter() {',
      ...[...config, ...SOURCE].map(indent(8)),
      '    }',
      '}',
    ].join('\n'),
  );
}
