import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumType: 'string-literal',
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' },
        strictScalars: true,
        useTypeImports: true,
      },
    },
  },
};
export default config;
