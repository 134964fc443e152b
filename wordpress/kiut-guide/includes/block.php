<?php
/**
 * The block's attribute schema gets the element's own lists as enums, so the editor offers
 * exactly the values the element knows, and WordPress drops any other value before the block
 * renders. The empty string stays valid: it means "the element's default".
 *
 * @package kiut-guide
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'block_type_metadata', 'kiut_guide_block_metadata' );

/**
 * Adds the enums to kiut/guide's attributes.
 *
 * @param array $metadata The block.json data.
 * @return array
 */
function kiut_guide_block_metadata( $metadata ) {
	if ( ! isset( $metadata['name'] ) || 'kiut/guide' !== $metadata['name'] ) {
		return $metadata;
	}
	$generated = kiut_guide_generated();
	foreach ( $generated['attributes'] as $spec ) {
		$field = $spec['field'];
		if ( ! isset( $metadata['attributes'][ $field ] ) ) {
			continue;
		}
		if ( 'choice' === $spec['kind'] ) {
			$metadata['attributes'][ $field ]['enum'] = array_merge( array( '' ), $generated['lists'][ $spec['list'] ] );
		} elseif ( 'list' === $spec['kind'] ) {
			$metadata['attributes'][ $field ]['items']['enum'] = $generated['lists'][ $spec['list'] ];
		}
	}
	return $metadata;
}
