/** What a question is about (cells, columns): the first ones listed, any more counted. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';

/** The most a question lists; the rest are counted. */
const LISTED = 20;

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export function ShortList({ items }: { items: readonly string[] }) {
  const styles = useStyles();
  return (
    <>
      <ul className={styles.list}>
        {items.slice(0, LISTED).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {items.length > LISTED && <Text as="p">…and {items.length - LISTED} more.</Text>}
    </>
  );
}
